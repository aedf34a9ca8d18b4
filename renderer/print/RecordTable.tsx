import type { ReportRow } from '../../api/contract/export';
import { dateRange, targetText } from './format';
import type { PrintT } from './i18n';

export interface TableRowData {
  n: number;
  row: ReportRow;
  /** Citation numbers of the row's sources, in the sources list's numbering. */
  cites: number[];
  /** A measure's plan, when the plan is in the report. */
  plan: string | null;
}

const MAX_TARGETS = 3;

export function TableHead({ t }: { t: PrintT }) {
  return (
    <>
      <colgroup>
        <col className="c-n" /><col className="c-date" /><col className="c-kind" /><col className="c-title" /><col className="c-chains" />
        <col className="c-regions" /><col className="c-status" /><col className="c-targets" /><col className="c-cites" />
      </colgroup>
      <thead>
        <tr>
          <th>{t('col.n')}</th><th>{t('col.date')}</th><th>{t('col.kind')}</th><th>{t('col.title')}</th><th>{t('col.chains')}</th><th>{t('col.regions')}</th><th>{t('col.status')}</th><th>{t('col.targets')}</th><th>{t('col.cites')}</th>
        </tr>
      </thead>
    </>
  );
}

export function TableRow({ d, t }: { d: TableRowData; t: PrintT }) {
  const { row } = d;
  const more = row.targets.length - MAX_TARGETS;
  return (
    <tr>
      <td className="num">{d.n}</td>
      <td className="date">{dateRange(row)}</td>
      <td>{t(`kinds.${row.kind}`)}</td>
      <td className="title">
        {row.title}
        {d.plan && <div className="plan">└ {d.plan}</div>}
      </td>
      <td>{row.chains.join('、')}</td>
      <td>{row.regions.join('、')}</td>
      <td>{row.status ? t(`statuses.${row.status}`) : ''}</td>
      <td className="targets">
        {row.targets.slice(0, MAX_TARGETS).map((target, i) => (
          <div key={i}>{targetText(target, t)}</div>
        ))}
        {more > 0 && <div className="muted">+{more}</div>}
      </td>
      <td className="cites">{d.cites.map((c) => `[${c}]`).join('')}</td>
    </tr>
  );
}
