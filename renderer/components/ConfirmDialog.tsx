import { useTranslation } from 'react-i18next';
import { useConfirm } from '../state/confirm';
import { Dialog } from './Dialog';

export { confirmAction } from '../state/confirm';

export function ConfirmHost() {
  const { t } = useTranslation();
  const ask = useConfirm((s) => s.ask);
  const done = (ok: boolean) => {
    ask?.resolve(ok);
    useConfirm.setState({ ask: null });
  };
  return (
    <Dialog open={!!ask} title={ask?.title ?? ''} onClose={() => done(false)} className="confirm">
      {ask?.body && <p>{ask.body}</p>}
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={() => done(false)}>{t('common.cancel')}</button>
        <button type="button" className={ask?.danger ? 'danger' : 'primary'} onClick={() => done(true)}>{ask?.confirm}</button>
      </div>
    </Dialog>
  );
}
