import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '../../components/ConfirmDialog';
import { run } from '../../lib/run';
import { deleteRecords, selectAllMatching, tagRecords } from '../../state/bulk';
import { useRecords } from '../../state/records';
import { useSelection } from '../../state/selection';
import { useTaxonomy } from '../../state/taxonomy';

/** Acts on the selected records: tag, untag, delete (undoable). */
export function BulkBar() {
  const { t } = useTranslation();
  const ids = useSelection((s) => s.ids);
  const clear = useSelection((s) => s.clear);
  const total = useRecords((s) => s.total) ?? 0;
  const tags = useTaxonomy((s) => s.tags);
  const [tag, setTag] = useState('');
  if (!ids.size) return null;
  const list = [...ids];
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('records.selected', { count: ids.size })}>
      <strong>{t('records.selected', { count: ids.size })}</strong>
      {ids.size < total && (
        <button type="button" className="link-btn" onClick={() => run(selectAllMatching)}>
          {t('records.selectAllMatching', { count: total })}
        </button>
      )}
      <label className="bulk-tag">
        <span className="sr-only">{t('records.bulkTagPrompt')}</span>
        <input list="bulk-tags" value={tag} placeholder={t('records.bulkTagPrompt')} onChange={(e) => setTag(e.target.value)} />
        <datalist id="bulk-tags">
          {tags.slice(0, 200).map((x) => (
            <option key={x.name} value={x.name} />
          ))}
        </datalist>
      </label>
      <button type="button" disabled={!tag.trim()} onClick={() => run(() => tagRecords(list, [tag.trim()], []).then(() => setTag('')))}>
        {t('records.bulkTag')}
      </button>
      <button type="button" disabled={!tag.trim()} onClick={() => run(() => tagRecords(list, [], [tag.trim()]).then(() => setTag('')))}>
        {t('records.bulkUntag')}
      </button>
      <button
        type="button"
        className="danger"
        onClick={() =>
          run(async () => {
            if (await confirmAction({ title: t('records.confirmDelete', { count: list.length }), confirm: t('common.delete'), danger: true })) await deleteRecords(list);
          })
        }
      >
        {t('records.bulkDelete')}
      </button>
      <button type="button" className="link-btn" onClick={clear}>
        {t('records.clearSelection')}
      </button>
    </div>
  );
}
