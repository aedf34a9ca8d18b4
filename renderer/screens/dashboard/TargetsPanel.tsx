import { useTranslation } from 'react-i18next';
import type { TargetRow } from '../../../api/contract/views';
import { formatDate, formatNumber } from '../../i18n/format';
import { useNav } from '../../state/nav';
import { usePrefs } from '../../state/prefs';
import { routeToHash } from '../../state/route';

/** Share of the way from baseline (or zero) to the target that the latest observation covers. */
export function progressOf(t: Pick<TargetRow, 'value' | 'baseline' | 'latestValue'>): number | null {
  if (t.value == null || t.latestValue == null) return null;
  const base = t.baseline ?? 0;
  if (t.value === base) return null;
  return Math.max(0, (t.latestValue - base) / (t.value - base));
}

export function TargetsPanel({ data }: { data: { total: number; rows: TargetRow[] } }) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const go = useNav((s) => s.go);
  if (!data.rows.length) return <p className="muted">{t('dashboard.targetsNone')}</p>;
  return (
    <div className="targets-scroll">
      <table className="data-table targets-table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.metric')}</th>
            <th scope="col">{t('dashboard.record')}</th>
            <th scope="col" className="num">{t('dashboard.target')}</th>
            <th scope="col">{t('editor.deadline')}</th>
            <th scope="col" className="num">{t('dashboard.latest')}</th>
            <th scope="col">{t('dashboard.progressPct')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => {
            const p = progressOf(r);
            return (
              <tr key={r.id}>
                <td>
                  {r.metric}
                  {r.scope && <span className="muted"> · {r.scope}</span>}
                </td>
                <td className="clip">
                  <a href={routeToHash({ screen: 'record', id: r.recordId })} title={r.recordTitle} onClick={(e) => (e.preventDefault(), go({ screen: 'record', id: r.recordId }))}>
                    {r.recordTitle}
                  </a>
                </td>
                <td className="num nowrap">{r.value == null ? '—' : `${formatNumber(r.value, lang)} ${r.unit}`}</td>
                <td className="nowrap">{formatDate(r.deadline, lang)}</td>
                <td className="num nowrap">
                  {r.latestValue == null ? '—' : `${formatNumber(r.latestValue, lang)} ${r.unit}`}
                  {r.latestOn && <span className="muted"> ({formatDate(r.latestOn, lang)})</span>}
                </td>
                <td className="progress-cell">
                  {p == null ? (
                    <span className="muted">—</span>
                  ) : (
                    <span className="bar" role="img" aria-label={`${Math.round(p * 100)}%`}>
                      <span className={`fill${p >= 1 ? ' done' : ''}`} style={{ width: `${Math.min(100, p * 100)}%` }} />
                      <span className="pct">{Math.round(p * 100)}%</span>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {data.total > data.rows.length && <p className="muted">{t('common.total', { count: data.total })}</p>}
    </div>
  );
}
