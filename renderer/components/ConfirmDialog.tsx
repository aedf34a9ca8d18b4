import { create } from 'zustand';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface Ask {
  title: string;
  body?: string;
  confirm: string;
  danger?: boolean;
  resolve(ok: boolean): void;
}

const useConfirm = create<{ ask: Ask | null }>(() => ({ ask: null }));

/** An in-app confirm (the native one blocks the page and cannot be styled or translated). */
export function confirmAction(opts: Omit<Ask, 'resolve'>): Promise<boolean> {
  return new Promise((resolve) => useConfirm.setState({ ask: { ...opts, resolve } }));
}

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
