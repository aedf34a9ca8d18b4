import { Dialog } from '../components/Dialog';
import { useTranslation } from 'react-i18next';
import { BundlePreview } from './BundlePreview';
import { CitationReport } from './CitationReport';
import { ImportChooser } from './ImportChooser';
import { useBundle } from './state/bundle';
import { useCitationImport } from './state/citations';
import { useTable } from './state/table';
import { TableImport } from './TableImport';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { useImportRun } from './state/run';
import { useImportUi } from './state/ui';

/**
 * One dialog for the whole import: choose or paste, then progress, then the
 * per-file report. Closing it during a run only hides it; the run goes on and
 * reopening shows where it is.
 */
export function ImportDialog() {
  const { t } = useTranslation('import');
  const open = useImportUi((s) => s.open);
  const setOpen = useImportUi((s) => s.setOpen);
  const phase = useImportRun((s) => s.phase);
  const bundle = useBundle((s) => s.phase);
  const citing = useCitationImport((s) => s.busy || s.runs.length > 0);
  const table = useTable((s) => s.phase);
  const close = () => {
    setOpen(false);
    // A preview closed is a bundle set aside; a merge under way finishes and shows its summary when reopened.
    if (bundle !== 'applying' && bundle !== 'done') useBundle.getState().reset();
    if (table !== 'applying' && table !== 'done') useTable.getState().reset();
  };
  if (table !== 'idle') {
    return (
      <Dialog open={open} title={t('table.title')} onClose={close} className="import-dialog">
        <TableImport />
      </Dialog>
    );
  }
  if (bundle !== 'idle') {
    return (
      <Dialog open={open} title={t('bundle.title')} onClose={close} className="import-dialog">
        <BundlePreview />
      </Dialog>
    );
  }
  return (
    <Dialog open={open} title={t('title')} onClose={close} className="import-dialog">
      {phase === 'idle' && (citing ? <CitationReport /> : <ImportChooser />)}
      {phase !== 'idle' && citing && <CitationReport />}
      {(phase === 'running' || phase === 'cancelling') && <ImportProgress />}
      {phase === 'done' && (
        <>
          <ImportProgress />
          <ImportReport />
        </>
      )}
    </Dialog>
  );
}
