import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeNode } from '../../../api/contract/taxonomy';
import { Dialog } from '../../components/Dialog';
import { TreeChecklist } from '../../components/TreeChecklist';
import { run } from '../../lib/run';
import { subtree } from '../../lib/tree';
import { mergeNodes } from '../../state/taxonomy-edit';
import { useTaxonomy, type TreeName } from '../../state/taxonomy';

interface Props {
  tree: TreeName;
  from: TreeNode | null;
  onClose(): void;
  onMerged(intoId: string): void;
}

/** Merge one node into another: its records, children and names move; it goes to the trash. */
export function MergeDialog({ tree, from, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const index = useTaxonomy((s) => s[tree]);
  const [into, setInto] = useState<string | null>(null);
  const target = into ? index.byId.get(into) : null;
  return (
    <Dialog open={!!from} title={from ? t('taxonomy.mergeInto', { from: from.name }) : ''} onClose={onClose} className="merge-dialog">
      {from && (
        <>
          <p className="muted">{t('taxonomy.mergeHelp', { from: from.name })}</p>
          <TreeChecklist tree={index} single label={t('taxonomy.mergeInto', { from: from.name })} selected={into ? [into] : []} disabled={subtree(index, from.id)} onChange={(ids) => setInto(ids[0] ?? null)} />
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>{t('common.cancel')}</button>
            <button
              type="button"
              className="primary"
              disabled={!target}
              onClick={() =>
                run(async () => {
                  if (!into) return;
                  await mergeNodes(tree, from.id, into);
                  setInto(null);
                  onMerged(into);
                })
              }
            >
              {t('taxonomy.mergeConfirm')}
              {target ? ` → ${target.name}` : ''}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
