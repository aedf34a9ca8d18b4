import { useImportT } from './i18n/useImportT';
import { useImportUi } from './state/ui';

/** The Sources screen's way into import (the same dialog as the I key and window drops). */
export function ImportButton() {
  const t = useImportT();
  const setOpen = useImportUi((s) => s.setOpen);
  return (
    <button type="button" className="primary import-open" title={t('openHint')} aria-keyshortcuts="I" onClick={() => setOpen(true)}>
      {t('open')}
    </button>
  );
}
