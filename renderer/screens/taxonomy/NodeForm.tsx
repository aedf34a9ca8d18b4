import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { CHAIN_LEVELS, REGION_LEVELS } from '../../../api/contract/taxonomy';
import { ChipInput } from '../../components/ChipInput';
import { Field } from '../../components/Field';
import { Popover } from '../../components/Popover';
import { TreeChecklist } from '../../components/TreeChecklist';
import { nodeLabel, pathOf, subtree } from '../../lib/tree';
import { usePrefs } from '../../state/prefs';
import { saveNode, type NodeFields } from '../../state/taxonomy-edit';
import { useTaxonomy, type TreeName } from '../../state/taxonomy';
import { errorMessage } from '../../state/toasts';

interface Props {
  tree: TreeName;
  /** The node being edited, or a new node's starting fields. */
  initial: NodeFields;
  onSaved(id: string): void;
  onCancel?(): void;
}

/** Name, English name, level, code, aliases and parent of a chain or region: rename and move are both a save. */
export function NodeForm({ tree, initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const index = useTaxonomy((s) => s[tree]);
  const [f, setF] = useState<NodeFields>(initial);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setF(initial);
    setError(null);
  }, [initial]);
  const levels = tree === 'chains' ? CHAIN_LEVELS : REGION_LEVELS;
  const levelKey = tree === 'chains' ? 'chainLevels' : 'regionLevels';
  const parent = f.parentId ? index.byId.get(f.parentId) : null;
  const blocked = f.id ? subtree(index, f.id) : undefined;
  const errFor = (k: string) => (error?.field === k ? error.message : undefined);
  const dirty = JSON.stringify(f) !== JSON.stringify(initial);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const node = await saveNode(tree, f);
      onSaved(node.id);
    } catch (err) {
      setError({ field: err instanceof ApiError ? err.field : undefined, message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="node-form"
      aria-label={f.id ? t('common.edit') : t('taxonomy.newNode')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid">
        <Field label={t('taxonomy.name')} error={errFor('name')}>
          {({ id, describedBy, invalid }) => <input id={id} value={f.name} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setF({ ...f, name: e.target.value })} />}
        </Field>
        <Field label={t('taxonomy.en')}>{({ id }) => <input id={id} value={f.en} onChange={(e) => setF({ ...f, en: e.target.value })} />}</Field>
        <Field label={t('taxonomy.level')} error={errFor('level')}>
          {({ id }) => (
            <select id={id} value={f.level} onChange={(e) => setF({ ...f, level: e.target.value })}>
              {levels.map((l) => (
                <option key={l} value={l}>{t(`${levelKey}.${l}` as 'chainLevels.chain')}</option>
              ))}
            </select>
          )}
        </Field>
        {tree === 'regions' && (
          <Field label={t('taxonomy.code')} error={errFor('code')}>
            {({ id, describedBy, invalid }) => <input id={id} value={f.code ?? ''} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setF({ ...f, code: e.target.value })} />}
          </Field>
        )}
        <div className="field span-all">
          <span className="field-label">{t('taxonomy.aliases')}</span>
          <ChipInput label={t('taxonomy.aliases')} value={f.aliases} onChange={(aliases) => setF({ ...f, aliases })} placeholder={t('taxonomy.addAlias')} />
        </div>
        <div className="field span-all">
          <span className="field-label">{t('taxonomy.parent')}</span>
          <div className="parent-pick">
            <span>{parent ? pathOf(index, parent.id).map((n) => nodeLabel(n, lang)).join(' › ') : t('taxonomy.noParent')}</span>
            <Popover label={t('taxonomy.move')} ariaLabel={`${t('taxonomy.move')}…`}>
              {(close) => (
                <>
                  <button type="button" className="link-btn" onClick={() => (setF({ ...f, parentId: null }), close())}>
                    {t('taxonomy.noParent')}
                  </button>
                  <TreeChecklist
                    tree={index}
                    single
                    label={t('taxonomy.parent')}
                    selected={f.parentId ? [f.parentId] : []}
                    disabled={blocked}
                    onChange={(ids) => {
                      setF({ ...f, parentId: ids[0] ?? null });
                      close();
                    }}
                  />
                </>
              )}
            </Popover>
          </div>
          {errFor('parentId') && <span className="field-error">{errFor('parentId')}</span>}
        </div>
      </div>
      {error && !['name', 'level', 'code', 'parentId'].includes(error.field ?? '') && (
        <p role="alert" className="error">{error.message}</p>
      )}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy || (!dirty && !!f.id)}>{busy ? t('common.saving') : t('common.save')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('common.cancel')}</button>}
      </div>
    </form>
  );
}
