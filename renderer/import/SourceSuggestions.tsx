import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../api/contract/common';
import type { Span, Suggestions } from '../../import/types';
import { run } from '../lib/run';
import { useNav } from '../state/nav';
import { useSources } from '../state/sources';
import { GROUPS, inBody, isEmpty, readSuggestions, type GroupKey } from './lib/suggestions';
import { NewPeopleDialog } from './NewPeopleDialog';
import { useDrafting } from './state/drafting';
import { SuggestionGroup, type SuggestionItem } from './SuggestionGroup';
import './import.css';

type Draft = (kind: RecordKind, span?: Span) => void;

const ACTION_LABEL = { meeting: 'suggest.newMeeting', plan: 'suggest.newPlan', measure: 'suggest.newMeasure' } as const;

/** Each group's rows: what the reader sees, and which record (if any) the suggestion starts. */
function itemsOf(g: GroupKey, s: Suggestions, t: TFunction<'import'>, draft: Draft): SuggestionItem[] {
  const act = (kind: RecordKind, span: Span) => ({ label: t(ACTION_LABEL[kind]), run: () => draft(kind, span) });
  const key = (span: Span, i: number) => `${g}-${span.start}-${i}`;
  switch (g) {
    case 'dates':
      // A bare year is mostly a deadline ("到2025年"), not when something met.
      // Old suggestions carry no yearFrom: their years were written or resolved before this was recorded.
      return s.dates.map((d, i) => ({
        key: key(d, i),
        span: d,
        label: d.text,
        detail: d.yearFrom === 'open' ? t('suggest.yearOpen') : d.yearFrom === 'inferred' ? t('suggest.yearInferred', { iso: d.iso }) : d.iso,
        action: d.precision === 'year' ? undefined : act('meeting', d),
      }));
    case 'meetingKinds':
      return s.meetingKinds.map((m, i) => ({ key: key(m, i), span: m, label: t(`subkinds.${m.kind}`), detail: `「${m.text}」`, action: act('meeting', m) }));
    case 'plans':
      return s.plans.map((p, i) => ({
        key: key(p, i), span: p, label: `《${p.title.replace(/^《|》$/g, '')}》`, detail: p.docNumber ?? undefined, action: act(p.docKind === 'measure' ? 'measure' : 'plan', p),
      }));
    case 'targets':
      return s.targets.map((x, i) => ({ key: key(x, i), span: x, label: x.text, detail: [x.what, x.year].filter(Boolean).join(' · ') || undefined }));
    case 'regions':
    case 'chains':
      return s[g].map((x, i) => ({
        key: key(x, i), span: x, label: x.name, detail: [x.text !== x.name ? `「${x.text}」` : '', t('suggest.count', { n: x.count })].filter(Boolean).join(' '),
      }));
    case 'people':
      return s.people.map((p, i) => ({ key: key(p, i), span: p, label: p.name, detail: p.post }));
    case 'bodies':
    case 'firms':
      return s[g].map((x, i) => ({ key: key(x, i), span: x, label: x.name }));
  }
}

/**
 * The import suggestions of the open source, beside its text: a click
 * highlights the words in the reading view (through the route's at/end, the
 * reader's own way of marking a passage); an action drafts a record citing
 * the sentence around them.
 */
export function SourceSuggestions({ sourceId }: { sourceId: string }) {
  const { t } = useTranslation('import');
  const source = useSources((s) => (s.current?.id === sourceId ? s.current : null));
  const route = useNav((s) => s.route);
  const go = useNav((s) => s.go);
  const busy = useDrafting((s) => s.busy);
  const draft = useDrafting((s) => s.draft);
  const sugg = useMemo(() => readSuggestions(source?.suggestions), [source?.suggestions]);
  const active = route.screen === 'sources' && route.id === sourceId && route.at != null ? { start: route.at, end: route.end ?? route.at + 1 } : null;
  if (!source) return null;

  const ref = { id: source.id, title: source.title, outlet: source.outlet };
  const makeDraft: Draft = (kind, span) => run(() => draft(ref, kind, span && inBody(span) ? span.start : active?.start));
  const show = (span: Span) => go({ screen: 'sources', id: sourceId, at: span.start, end: span.end }, { replace: true });

  return (
    <section className="suggestions" aria-labelledby="suggest-title" aria-busy={!!busy}>
      <h2 id="suggest-title">{t('suggest.title')}</h2>
      <div className="suggest-new" role="group" aria-label={t('suggest.newFrom')}>
        <span className="muted">{t('suggest.newFrom')}</span>
        {(['meeting', 'plan', 'measure'] as const).map((k) => (
          <button key={k} type="button" disabled={!!busy} onClick={() => makeDraft(k)}>
            {busy === k ? t('suggest.drafting') : t(`kindsShort.${k}`)}
          </button>
        ))}
      </div>
      {isEmpty(sugg) ? (
        <p className="muted">{t('suggest.none')}</p>
      ) : (
        <>
          <p className="muted suggest-hint">{t('suggest.hint')}</p>
          {GROUPS.map((g) => (
            <SuggestionGroup key={g} id={`suggest-${g}`} title={t(`suggest.groups.${g}`)} items={itemsOf(g, sugg, t, makeDraft)} active={active} busy={!!busy} onShow={show} />
          ))}
        </>
      )}
      <NewPeopleDialog />
    </section>
  );
}
