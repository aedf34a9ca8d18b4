import { useTranslation } from 'react-i18next';
import { CloseButton } from './CloseButton';
import { TABLE_FIELDS, type TableError, type TableField, type TableRowItem } from '../../api/contract/exchange';
import { run } from '../lib/run';
import { useTable } from './state/table';

// The mapping step of a table of records: each column with the record field it
// fills, the first rows as the records they make, every error by row and
// column, and Import once nothing stands in the way.

const SHOWN_ROWS = 8;
const SHOWN_ERRORS = 200;

function ErrorLine({ e }: { e: TableError }) {
  const { t } = useTranslation('import');
  if (e.row === null) {
    const field = e.params?.field;
    return <li>{e.reason === 'required' && typeof field === 'string' ? t('table.needs', { field: t(`table.fields.${field as TableField}`) }) : e.message}</li>;
  }
  const why = e.reason ? t(`validation.${e.reason}`, { ...(e.params ?? {}), defaultValue: e.message }) : e.message;
  const problem = e.value && e.reason !== 'unknown-node' ? t('table.valueProblem', { value: e.value, problem: why }) : why;
  return (
    <li>
      {e.column ? t('table.errorAt', { row: e.row, column: e.column, problem }) : t('table.errorRow', { row: e.row, problem })}
    </li>
  );
}

function RowsPreview({ rows }: { rows: TableRowItem[] }) {
  const { t } = useTranslation('import');
  return (
    <table className="table-rows">
      <caption>{t('table.previewHead', { count: rows.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.row')}</th>
          <th scope="col">{t('table.fields.title')}</th>
          <th scope="col">{t('table.fields.kind')}</th>
          <th scope="col">{t('table.date')}</th>
          <th scope="col">{t('table.fields.chains')}</th>
          <th scope="col">{t('table.fields.regions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.row}>
            <td>{r.row}</td>
            <td lang="zh-CN">{r.title}</td>
            <td>{t(`kindsShort.${r.kind}`)}</td>
            <td>{[r.dateStart, r.dateEnd].filter(Boolean).join(' — ')}</td>
            <td lang="zh-CN">{r.chains.join('、')}</td>
            <td lang="zh-CN">{r.regions.join('、')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TableImport() {
  const { t } = useTranslation('import');
  const { phase, preview, applied, error, mapping, validOnly, setField, setValidOnly, apply, reset } = useTable();
  const shown = applied ?? preview;
  const p = shown?.plan;
  // The plan shown must be of the mapping chosen: while a change is being checked, Import waits.
  const stale = !!mapping && !!p && p.headers.some((h) => (mapping[h] ?? null) !== (p.mapping[h] ?? null));
  const blocked = !p || stale || p.counts.file > 0 || p.counts.add === 0 || (p.counts.invalid > 0 && !validOnly);
  return (
    <section className="table-import" aria-busy={phase === 'reading' || phase === 'applying'}>
      {shown && (
        <p className="bundle-file">
          <strong>{shown.fileName}</strong>
          {shown.encoding && shown.encoding !== 'utf-8' && <span className="muted"> {t('table.encoding', { encoding: shown.encoding.toUpperCase() })}</span>}
        </p>
      )}
      {phase === 'reading' && <p>{t('table.reading')}</p>}
      {phase === 'applying' && <p>{t('table.applying')}</p>}
      {phase === 'failed' && <p className="bundle-error" role="alert">{t('table.failed', { reason: error ?? '' })}</p>}
      {phase === 'done' && applied && (
        <div className="bundle-done" role="status">
          <p className="import-done">{applied.added ? t('table.done', { count: applied.added }) : t('table.doneNone')}</p>
          {applied.backup && <p className="muted">{t('table.backup', { name: applied.backup })}</p>}
        </div>
      )}
      {phase === 'preview' && p && (
        <>
          <div className="table-mapping">
            <h3>{t('table.mappingHead')} <span className="muted">{t(`table.mappingFrom.${p.mappingFrom}`)}</span></h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('table.column')}</th>
                  <th scope="col">{t('table.field')}</th>
                </tr>
              </thead>
              <tbody>
                {p.headers.map((h) => (
                  <tr key={h}>
                    <th scope="row" lang="zh-CN">{h}</th>
                    <td>
                      <select
                        aria-label={t('table.fieldFor', { column: h })}
                        value={(mapping ?? p.mapping)[h] ?? ''}
                        onChange={(e) => run(() => setField(h, (e.target.value || null) as TableField | null))}
                      >
                        <option value="">{t('table.ignore')}</option>
                        {TABLE_FIELDS.map((f) => (
                          <option key={f} value={f}>{t(`table.fields.${f}`)}</option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="table-counts" role="status">
            {t('table.counts', { rows: p.rows, add: p.counts.add, existing: p.counts.existing, invalid: p.counts.invalid })}
          </p>
          {p.errors.length > 0 && (
            <div className="table-errors" role="alert">
              <h3>{t('table.errorsHead')}</h3>
              <ul>
                {p.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                  <ErrorLine key={i} e={e} />
                ))}
                {p.counts.errors > SHOWN_ERRORS && <li className="muted">{t('table.more', { n: p.counts.errors - SHOWN_ERRORS })}</li>}
              </ul>
            </div>
          )}
          {p.add.length > 0 && <RowsPreview rows={p.add.slice(0, SHOWN_ROWS)} />}
          {p.counts.invalid > 0 && p.counts.file === 0 && (
            <label className="table-valid-only">
              <input type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} />
              {t('table.validOnly', { count: p.counts.invalid })}
            </label>
          )}
        </>
      )}
      <div className="dialog-actions">
        {phase === 'preview' && (
          <>
            <button type="button" onClick={reset}>{t('table.back')}</button>
            <button type="button" className="primary" disabled={blocked} onClick={() => run(apply)}>{t('table.import')}</button>
          </>
        )}
        {phase === 'failed' && <button type="button" onClick={reset}>{t('table.back')}</button>}
        {phase === 'done' && (
          <CloseButton reset={reset} />
        )}
      </div>
    </section>
  );
}
