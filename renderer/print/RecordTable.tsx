import type { ReportRow } from '../../api/contract/export';
import { dateRange, targetText } from './format';
import type { PrintStrings } from './strings';

export interface TableRowData {
  n: number;
  row: ReportRow;
  /** Citation numbers of the row's sources, in the sources list's numbering. */
  cites: number[];
  /** A measure's plan, when the plan is in the report. */
  plan: string | null;
}

const MAX_TARGETS = 3;

export function TableHead({ s }: { s: PrintStrings }) {
  const c = s.col;
  return (
    <>
      <colgroup>
        <col className="c-n" /><col className="c-date" /><col className="c-kind" /><col className="c-title" /><col className="c-chains" />
        <col className="c-regions" /><col className="c-status" /><col className="c-targets" /><col className="c-cites" />
      </colgroup>
      <thead>
        <tr>
          <th>{c.n}</th><th>{c.date}</th><th>{c.kind}</th><th>{c.title}</th><th>{c.chains}</th><th>{c.regions}</th><th>{c.status}</th><th>{c.targets}</th><th>{c.cites}</th>
        </tr>
      </thead>
    </>
  );
}

export function TableRow({ d, s }: { d: TableRowData; s: PrintStrings }) {
  const { row } = d;
  const more = row.targets.length - MAX_TARGETS;
  return (
    <tr>
      <td className="num">{d.n}</td>
      <td className="date">{dateRange(row)}</td>
      <td>{s.kinds[row.kind] ?? row.kind}</td>
      <td className="title">
        {row.title}
        {d.plan && <div className="plan">└ {d.plan}</div>}
      </td>
      <td>{row.chains.join('、')}</td>
      <td>{row.regions.join('、')}</td>
      <td>{row.status ? (s.statuses[row.status] ?? row.status) : ''}</td>
      <td className="targets">
        {row.targets.slice(0, MAX_TARGETS).map((t, i) => (
          <div key={i}>{targetText(t, s)}</div>
        ))}
        {more > 0 && <div className="muted">+{more}</div>}
      </td>
      <td className="cites">{d.cites.map((c) => `[${c}]`).join('')}</td>
    </tr>
  );
}
