import { useTranslation } from 'react-i18next';
import { useImportUi } from './state/ui';

/** Shown while files are dragged over the window; the drop itself is handled on the window (useWindowDrop). */
export function DropOverlay() {
  const { t } = useTranslation('import');
  const dragging = useImportUi((s) => s.dragging);
  if (!dragging) return null;
  return (
    <div className="import-drop" role="status" aria-live="polite">
      <div className="import-drop-box">
        <strong>{t('dropOverlay')}</strong>
        <span>{t('dropOverlayHint')}</span>
      </div>
    </div>
  );
}
