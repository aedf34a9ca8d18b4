import type { ReportRow } from '../../api/contract/export';
import { clip, dateRange, targetText } from './format';
import type { PrintT } from './i18n';

export interface TableRowData {
  n: number;
  row: ReportRow;
  /** Citation numbers of the row's sources, in the sources list's numbering. */
  cites: number[];
  /** The sources list's number of each source id. */
  citeNo: ReadonlyMap<string, number>;
  /** A measure's plan, when the plan is in the report. */
  plan: string | null;
}

const MAX_TARGETS = 3;
/**
 * A row must fit on one sheet (a taller one would be cut off at the page's
 * edge), so long evidence is shortened visibly, with an ellipsis and a count
 * of what is left out; the full text is in the cited source.
 */
const MAX_QUOTES = 3;
const MAX_QUOTE_CHARS = 160;
const MAX_QUOTE_NOTE_CHARS = 80;
const MAX_NOTE_CHARS = 240;
const MAX_NAMES = 12;

/** Names joined with 、, the surplus past MAX_NAMES counted. */
const names = (list: string[]) => (list.length > MAX_NAMES ? `${list.slice(0, MAX_NAMES).join('、')} +${list.length - MAX_NAMES}` : list.join('、'));

const COLUMNS = ['n', 'date', 'kind', 'title', 'chains', 'regions', 'status', 'targets', 'evidence'] as const;

export function TableHead({ t }: { t: PrintT }) {
  return (
    <>
      <colgroup>
        {COLUMNS.map((c) => <col key={c} className={`c-${c}`} />)}
      </colgroup>
      <thead>
        <tr>
          {COLUMNS.map((c) => <th key={c} className={c}>{t(`col.${c}`)}</th>)}
        </tr>
      </thead>
    </>
  );
}

export function TableRow({ d, t, notes }: { d: TableRowData; t: PrintT; notes: boolean }) {
  const { row } = d;
  const more = row.targets.length - MAX_TARGETS;
  const quotes = row.quotes.filter((q) => q.quote || (notes && q.note));
  const quoted = new Set(quotes.filter((q) => q.quote).map((q) => q.sourceId));
  // Sources cited for the record as a whole, or whose quotes are not printed, still show their numbers.
  const bare = row.sourceIds.filter((id) => !quoted.has(id)).map((id) => d.citeNo.get(id)!);
  const shown = quotes.slice(0, MAX_QUOTES);
  const cite = (id: string) => <span className="cite-n">[{d.citeNo.get(id)}]</span>;
  return (
    <tr>
      <td className="n">{d.n}</td>
      <td className="date">{dateRange(row)}</td>
      <td className="kind">{t(`kinds.${row.kind}`)}</td>
      <td className="title">
        {row.title}
        {d.plan && <div className="plan">└ {d.plan}</div>}
      </td>
      <td className="chains">{names(row.chains)}</td>
      <td className="regions">{names(row.regions)}</td>
      <td className="status">{row.status ? t(`statuses.${row.status}`) : ''}</td>
      <td className="targets">
        {row.targets.slice(0, MAX_TARGETS).map((target, i) => (
          <div key={i}>{targetText(target, t)}</div>
        ))}
        {more > 0 && <div className="muted">+{more}</div>}
      </td>
      <td className="evidence">
        {shown.map((q, i) => (
          <div key={i} className="quote">
            {q.quote ? <>“{clip(q.quote, MAX_QUOTE_CHARS)}” </> : null}
            {cite(q.sourceId)}
            {notes && q.note && <div className="note"><span className="note-label">{t('note')}</span>{clip(q.note, MAX_QUOTE_NOTE_CHARS)}</div>}
          </div>
        ))}
        {quotes.length > MAX_QUOTES && <div className="muted">{t('moreQuotes', { count: quotes.length - MAX_QUOTES })}</div>}
        {bare.length > 0 && (
          <div className="bare">
            {shown.length > 0 && <span className="muted">{t('citedWithoutQuote')} </span>}
            {bare.map((c) => <span key={c} className="cite-n">[{c}]</span>)}
          </div>
        )}
        {notes && row.notes && (
          <div className="note record-note"><span className="note-label">{t('note')}</span>{clip(row.notes, MAX_NOTE_CHARS)}</div>
        )}
      </td>
    </tr>
  );
}
