import { useTranslation } from 'react-i18next';
import { run } from '../lib/run';
import { useEditor } from '../state/editor';
import { useNav } from '../state/nav';
import { Dialog } from './Dialog';

/** Asks before a navigation would drop the editor's unsaved changes. */
export function LeaveGuard() {
  const { t } = useTranslation();
  const pending = useNav((s) => s.pending);
  const resolve = useNav((s) => s.resolvePending);
  const save = useEditor((s) => s.save);
  return (
    <Dialog open={!!pending} title={t('editor.leaveTitle')} onClose={() => resolve(false)} className="confirm">
      <p>{t('editor.leaveBody')}</p>
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => resolve(true)}>{t('editor.leaveDiscard')}</button>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const id = await save();
              resolve(!!id);
            })
          }
        >
          {t('editor.leaveSave')}
        </button>
        <button type="button" className="primary" autoFocus onClick={() => resolve(false)}>{t('editor.leaveStay')}</button>
      </div>
    </Dialog>
  );
}
