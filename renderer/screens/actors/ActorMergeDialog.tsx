import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../api/contract/actors';
import { ActorPicker } from '../../components/ActorPicker';
import { Dialog } from '../../components/Dialog';
import { run } from '../../lib/run';
import { useActors } from '../../state/actors';

interface Props {
  from: Actor | null;
  onClose(): void;
  onMerged(intoId: string): void;
}

/** Merge one actor into another: its links (with roles), posts and names move; it goes to the trash, whence it can be restored. */
export function ActorMergeDialog({ from, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const merge = useActors((s) => s.merge);
  const [into, setInto] = useState<Actor | null>(null);
  const close = () => (setInto(null), onClose());
  return (
    <Dialog open={!!from} title={from ? t('actors.mergeInto', { from: from.name }) : ''} onClose={close} className="merge-dialog">
      {from && (
        <>
          <p className="muted">{t('actors.mergeHelp', { from: from.name })}</p>
          <ActorPicker label={t('actors.mergeInto', { from: from.name })} exclude={new Set([from.id])} onPick={setInto} />
          <div className="dialog-actions">
            <button type="button" onClick={close}>{t('common.cancel')}</button>
            <button
              type="button"
              className="primary"
              disabled={!into}
              onClick={() =>
                run(async () => {
                  if (!into) return;
                  await merge(from, into);
                  setInto(null);
                  onMerged(into.id);
                })
              }
            >
              {t('actors.mergeConfirm')}
              {into ? ` → ${into.name}` : ''}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
