import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordFilter } from '../../../api/contract/filters';
import type { StatRow } from '../../../api/contract/views';
import { KIND_COLOURS } from '../../charts/palette';
import { fillPeriods, isYearOnly, periodWindow, pivot, totals, type Series } from '../../charts/pivot';
import { RegionChart } from '../../charts/RegionChart';
import { StackedPeriodChart } from '../../charts/StackedPeriodChart';
import { EmptyState } from '../../components/EmptyState';
import { nodeLabel } from '../../lib/tree';
import { useApp } from '../../state/app';
import { useDashboard, watchDashboard, type Period } from '../../state/dashboard';
import { useFilters } from '../../state/filters';
import { useNav } from '../../state/nav';
import { usePrefs } from '../../state/prefs';
import { useTaxonomy } from '../../state/taxonomy';
import { FilterBar } from '../records/FilterBar';
import { ChartData } from './ChartData';
import { TargetsPanel } from './TargetsPanel';

function tableOf(rows: StatRow[], label: (r: StatRow) => string, period: (p: string) => string): (string | number)[][] {
  return rows.map((r) => [period(r.period), label(r), r.count]);
}

export function DashboardScreen() {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const compareChain = usePrefs((s) => s.compareChain);
  const setCompareChain = usePrefs((s) => s.setCompareChain);
  const { period, setPeriod, byKind, byChain, regions, targets, error } = useDashboard();
  const chains = useTaxonomy((s) => s.chains);
  const setFilter = useFilters((s) => s.setFilter);
  const go = useNav((s) => s.go);
  const empty = useApp((s) => s.info?.counts.records === 0);
  useEffect(() => watchDashboard(), []);

  // A click on a bar narrows the shared filter to it and shows those records.
  const drill = (patch: Partial<RecordFilter>) => {
    setFilter(patch);
    go({ screen: 'records' });
  };
  // Every period between the first and last stays on the axis, empty or not.
  const kinds = useMemo(() => {
    const p = pivot(byKind ?? [], 3);
    return { ...p, data: fillPeriods(p.data, period) };
  }, [byKind, period]);
  const chainSeries = useMemo(() => {
    const p = pivot(byChain ?? [], 10);
    return { ...p, data: fillPeriods(p.data, period) };
  }, [byChain, period]);
  const periodLabel = (p: string) => (isYearOnly(p) ? t('dashboard.yearOnly', { year: p.slice(0, 4) }) : p);
  // On the axis the year is clear from the bucket's place after the year's last period.
  const tickLabel = (p: string) => (isYearOnly(p) ? t('dashboard.yearOnlyTick') : p);
  const yearOnlyNote = (rows: StatRow[] | null) =>
    rows?.some((r) => isYearOnly(r.period)) && <p className="muted chart-note">{t('dashboard.yearOnlyNote', { period: t(`dashboard.periodNoun.${period}`) })}</p>;
  const regionTree = useTaxonomy((s) => s.regions);
  const regionRows = useMemo(
    () =>
      totals(regions ?? [])
        .slice(0, 34)
        .map((r) => {
          const n = regionTree.byId.get(r.key);
          return { ...r, short: (lang === 'en' ? n?.en : n?.aliases[0]) || r.label };
        }),
    [regions, regionTree, lang],
  );
  const kindLabel = (s: Series) => t(`kindsShort.${s.key}` as 'kindsShort.meeting');
  const chainLabel = (s: Series) => (s.key === '_other' ? t('dashboard.other') : s.label);
  const roots = chains.children.get('') ?? [];

  if (empty) return (
    <section className="screen" aria-labelledby="dash-title">
      <h1 id="dash-title">{t('dashboard.title')}</h1>
      <EmptyState />
    </section>
  );

  return (
    <section className="screen dashboard" aria-labelledby="dash-title">
      <header className="screen-head">
        <h1 id="dash-title">{t('dashboard.title')}</h1>
        <span className="muted">{t('dashboard.followsFilters')}</span>
        <label className="head-actions inline-label">
          {t('dashboard.period')}
          <select value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            {(['month', 'quarter', 'year'] as const).map((p) => (
              <option key={p} value={p}>{t(`dashboard.periods.${p}`)}</option>
            ))}
          </select>
        </label>
      </header>
      <FilterBar />
      {error && <p role="alert" className="error">{error}</p>}
      <div className="dash-grid">
        <section className="panel" aria-labelledby="chart-kind">
          <h2 id="chart-kind">{t(`dashboard.byKind.${period}`)}</h2>
          {yearOnlyNote(byKind)}
          {byKind && !byKind.length ? <p className="muted">{t('dashboard.noData')}</p> : (
            <StackedPeriodChart data={kinds.data} series={kinds.series} label={kindLabel} colour={(s) => KIND_COLOURS[s.key]} periodLabel={periodLabel} tickLabel={tickLabel} onBar={(p, k) => drill({ kinds: [k as 'meeting'], ...periodWindow(p) })} />
          )}
          <ChartData columns={[t('dashboard.period'), t('fields.kind'), t('dashboard.count')]} rows={tableOf(byKind ?? [], (r) => t(`kindsShort.${r.key}` as 'kindsShort.meeting'), periodLabel)} />
        </section>
        <section className="panel" aria-labelledby="chart-chain">
          <h2 id="chart-chain">{t(`dashboard.byChain.${period}`)}</h2>
          {yearOnlyNote(byChain)}
          {byChain && !byChain.length ? <p className="muted">{t('dashboard.noData')}</p> : (
            <StackedPeriodChart data={chainSeries.data} series={chainSeries.series} label={chainLabel} periodLabel={periodLabel} tickLabel={tickLabel} onBar={(p, k) => drill({ chains: [k], ...periodWindow(p) })} />
          )}
          <ChartData columns={[t('dashboard.period'), t('fields.chains'), t('dashboard.count')]} rows={tableOf(byChain ?? [], (r) => r.label, periodLabel)} />
        </section>
        <section className="panel wide" aria-labelledby="chart-regions">
          <div className="panel-head">
            <h2 id="chart-regions">{t('dashboard.regions')}</h2>
            <label className="inline-label">
              {t('dashboard.regionsFor')}
              <select value={compareChain ?? ''} onChange={(e) => setCompareChain(e.target.value || null)}>
                <option value="">{t('dashboard.anyChain')}</option>
                {roots.map((c) => (
                  <optgroup key={c.id} label={nodeLabel(c, lang)}>
                    <option value={c.id}>{nodeLabel(c, lang)}</option>
                    {(chains.children.get(c.id) ?? []).map((k) => (
                      <option key={k.id} value={k.id}>{`  ${nodeLabel(k, lang)}`}</option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </label>
          </div>
          {regions && !regionRows.length ? <p className="muted">{t('dashboard.noData')}</p> : (
            <RegionChart rows={regionRows} name={t('records.title')} onBar={(k) => drill({ regions: [k], ...(compareChain ? { chains: [compareChain] } : {}) })} />
          )}
          <ChartData columns={[t('fields.regions'), t('records.title')]} rows={regionRows.map((r) => [r.label, r.count])} />
        </section>
        <section className="panel wide" aria-labelledby="chart-targets">
          <h2 id="chart-targets">{t('dashboard.targets')}</h2>
          {targets && <TargetsPanel data={targets} />}
        </section>
      </div>
    </section>
  );
}
