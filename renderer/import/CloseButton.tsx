import { useTranslation } from 'react-i18next';
import { useImportUi } from './state/ui';

/** The import dialog's last button after a bundle, table or citation import: sets the finished import aside and closes. */
export function CloseButton({ reset }: { reset: () => void }) {
  const { t } = useTranslation('import');
  const setOpen = useImportUi((s) => s.setOpen);
  return (
    <button
      type="button"
      className="primary"
      onClick={() => {
        reset();
        setOpen(false);
      }}
    >
      {t('common.close')}
    </button>
  );
}
