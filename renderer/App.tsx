import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmHost } from './components/ConfirmDialog';
import { DbBanner } from './components/DbBanner';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LeaveGuard } from './components/LeaveGuard';
import { Palette } from './components/Palette';
import { ShortcutHelp } from './components/ShortcutHelp';
import { Sidebar } from './components/Sidebar';
import { Toasts } from './components/Toasts';
import { useGlobalKeys } from './components/useGlobalKeys';
import { useTheme } from './components/useTheme';
import { ImportHost } from './import/ImportHost';
import { run } from './lib/run';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { RecordEditor } from './screens/editor/RecordEditor';
import { RecordsScreen } from './screens/records/RecordsScreen';
import { SearchScreen } from './screens/search/SearchScreen';
import { SourcesScreen } from './screens/sources/SourcesScreen';
import { ActorsScreen } from './screens/actors/ActorsScreen';
import { TaxonomyScreen } from './screens/taxonomy/TaxonomyScreen';
import { TrashScreen } from './screens/trash/TrashScreen';
import { BackupsScreen } from './screens/backups/BackupsScreen';
import { TimelineScreen } from './timeline/TimelineScreen';
import { useApp } from './state/app';
import { followHistory, useNav } from './state/nav';
import type { Route } from './state/route';
import { useTaxonomy } from './state/taxonomy';

function screenFor(route: Route): ReactNode {
  switch (route.screen) {
    case 'records':
      return <RecordsScreen />;
    case 'record':
      return <RecordEditor id={route.id} kind={route.kind} planId={route.planId} />;
    case 'timeline':
      return <TimelineScreen />;
    case 'sources':
      return <SourcesScreen id={route.id} at={route.at} end={route.end} />;
    case 'search':
      return <SearchScreen q={route.q} />;
    case 'dashboard':
      return <DashboardScreen />;
    case 'taxonomies':
      return <TaxonomyScreen tree={route.tree ?? 'chains'} id={route.id} />;
    case 'actors':
      return <ActorsScreen id={route.id} />;
    case 'trash':
      return <TrashScreen />;
    case 'backups':
      return <BackupsScreen />;
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useNav((s) => s.route);
  useTheme();
  useGlobalKeys();
  useEffect(() => followHistory(), []);
  useEffect(() => {
    run(() => Promise.all([useApp.getState().loadInfo(), useTaxonomy.getState().load()]));
  }, []);
  // Screen reader users hear where they are after each navigation.
  useEffect(() => {
    document.title = `${t(`nav.${route.screen === 'record' ? 'records' : route.screen}`)} · ${t('app.name')}`;
  }, [route.screen, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <Sidebar />
      <main id="main" tabIndex={-1}>
        <DbBanner />
        {/* Keyed by screen: a failure in one screen resets when the user moves on. */}
        <ErrorBoundary key={route.screen}>{screenFor(route)}</ErrorBoundary>
      </main>
      <Toasts />
      <Palette />
      <ShortcutHelp />
      <LeaveGuard />
      <ConfirmHost />
      <ImportHost />
    </div>
  );
}
