import { useTranslation } from 'react-i18next';
import { Popover } from '../../components/Popover';
import { run } from '../../lib/run';
import { platform, type DataFormat } from '../../platform';
import { useFilters } from '../../state/filters';
import { usePrefs } from '../../state/prefs';
import { exportColumns } from './columns';
import { toast } from '../../state/toasts';

// Each format is listed here once it is built; i18n has a label for each (records.exportAs.*).
const FORMATS = ['csv', 'xlsx', 'json', 'bundle', 'csl-json', 'ris', 'bibtex', 'markdown'] as const satisfies readonly DataFormat[];

/**
 * The filtered records as CSV or Excel (for spreadsheets), JSON (for scripts), a bundle (for a colleague's Chainline) or
 * Markdown (for papers), or the sources they cite for a reference manager: a save dialog on the desktop, a download in a browser.
 */
export function ExportRecords() {
  const { t } = useTranslation();
  const save = (format: DataFormat) =>
    run(async () => {
      // Tables hold what the screen shows: its filter, its order, its columns.
      const prefs = usePrefs.getState();
      const r = await platform.files.saveRecords({ format, filter: useFilters.getState().filter, sort: prefs.recordSort, columns: exportColumns(), lang: prefs.lang });
      const sources = format === 'csl-json' || format === 'ris' || format === 'bibtex';
      if (r) toast(t(sources ? 'records.exportedSources' : 'records.exported', { count: r.records, file: r.file }));
    });
  return (
    <Popover label={t('records.export')} className="end">
      {(close) => (
        <div className="menu" role="group" aria-label={t('records.export')}>
          {FORMATS.map((f) => (
            <button
              key={f}
              type="button"
              onClick={() => {
                close();
                save(f);
              }}
            >
              {t(`records.exportAs.${f}`)}
            </button>
          ))}
        </div>
      )}
    </Popover>
  );
}
