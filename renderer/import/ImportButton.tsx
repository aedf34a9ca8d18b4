import { useTranslation } from 'react-i18next';
import { isRunning, useImportRun } from './state/run';
import { useImportUi } from './state/ui';

/** The Sources screen's way into import (the same dialog as the I key and window drops); shows a hidden run's progress. */
export function ImportButton() {
  const { t } = useTranslation('import');
  const setOpen = useImportUi((s) => s.setOpen);
  const running = useImportRun((s) => isRunning(s.phase));
  const done = useImportRun((s) => s.done);
  const total = useImportRun((s) => s.total);
  return (
    <button type="button" className="primary import-open" title={t('openHint')} aria-keyshortcuts="I" onClick={() => setOpen(true)}>
      {running ? t('running', { done, total }) : t('open')}
    </button>
  );
}
