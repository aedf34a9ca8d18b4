import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ACTOR_KINDS, type ActorKind } from '../../../api/contract/common';
import { ActorPicker } from '../../components/ActorPicker';
import { ChipInput } from '../../components/ChipInput';
import { Field } from '../../components/Field';
import { Popover } from '../../components/Popover';
import { understoodDate } from '../../lib/dates';
import { useActors, type ActorFields } from '../../state/actors';
import { errorMessage } from '../../state/toasts';

interface Props {
  initial: ActorFields;
  onSaved(id: string): void;
  onCancel?(): void;
}

type Post = ActorFields['posts'][number];

/** Name, kind, aliases, notes and posts held over time: renaming is a save (and re-indexes the linked records). */
export function ActorForm({ initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const save = useActors((s) => s.save);
  const names = useActors((s) => s.names);
  const [f, setF] = useState<ActorFields>(initial);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setF(initial);
    setError(null);
  }, [initial]);
  const errFor = (k: string) => (error?.field === k ? error.message : undefined);
  const dirty = JSON.stringify(f) !== JSON.stringify(initial);
  const setPost = (i: number, p: Partial<Post>) => setF({ ...f, posts: f.posts.map((x, j) => (j === i ? { ...x, ...p } : x)) });

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved((await save(f)).id);
    } catch (err) {
      setError({ field: err instanceof ApiError ? err.field : undefined, message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const dateField = (i: number, key: 'startOn' | 'endOn', label: string) => {
    const v = f.posts[i]![key];
    const read = v.trim() ? understoodDate(v) : null;
    return (
      <Field label={label} error={errFor(`posts.${i}.${key}`)} hint={read && read !== v.trim() ? t('actors.understood', { date: read }) : undefined}>
        {({ id, describedBy, invalid }) => (
          <input id={id} className="date-input" value={v} placeholder={t('actors.dateHint')} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setPost(i, { [key]: e.target.value })} />
        )}
      </Field>
    );
  };

  return (
    <form
      className="node-form actor-form"
      aria-label={f.id ? t('common.edit') : t('actors.newActor')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid">
        <Field label={t('actors.name')} error={errFor('name')}>
          {({ id, describedBy, invalid }) => <input id={id} value={f.name} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setF({ ...f, name: e.target.value })} />}
        </Field>
        <Field label={t('actors.kind')} error={errFor('kind')}>
          {({ id }) => (
            <select id={id} value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as ActorKind })}>
              {ACTOR_KINDS.map((k) => (
                <option key={k} value={k}>{t(`actorKinds.${k}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <div className="field span-all">
          <span className="field-label">{t('actors.aliases')}</span>
          <ChipInput label={t('actors.aliases')} value={f.aliases} onChange={(aliases) => setF({ ...f, aliases })} placeholder={t('actors.addAlias')} />
        </div>
        <Field label={t('actors.notes')} className="span-all" error={errFor('notes')}>
          {({ id }) => <textarea id={id} rows={2} value={f.notes} onChange={(e) => setF({ ...f, notes: e.target.value })} />}
        </Field>
      </div>
      <fieldset className="posts">
        <legend>{t('actors.posts')}</legend>
        {f.posts.map((p, i) => (
          <div className="post-row" key={p.id ?? `new-${i}`} role="group" aria-label={`${t('actors.post')} ${i + 1}`}>
            <Field label={t('actors.post')} error={errFor(`posts.${i}.post`)}>
              {({ id, describedBy, invalid }) => <input id={id} value={p.post} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setPost(i, { post: e.target.value })} />}
            </Field>
            <div className="field">
              <span className="field-label">{t('actors.org')}</span>
              <div className="org-pick">
                <span>{p.orgId ? (names.get(p.orgId) ?? '…') : t('actors.noOrg')}</span>
                <Popover label={t('common.choose')} ariaLabel={t('actors.pickOrg')}>
                  {(close) => (
                    <>
                      {p.orgId && (
                        <button type="button" className="link-btn" onClick={() => (setPost(i, { orgId: null }), close())}>
                          {t('actors.clearOrg')}
                        </button>
                      )}
                      <ActorPicker label={t('actors.pickOrg')} exclude={f.id ? new Set([f.id]) : undefined} onPick={(a) => (setPost(i, { orgId: a.id }), close())} />
                    </>
                  )}
                </Popover>
              </div>
            </div>
            {dateField(i, 'startOn', t('actors.start'))}
            {dateField(i, 'endOn', t('actors.end'))}
            <button type="button" className="link-btn remove-post" aria-label={`${t('actors.removePost')} ${i + 1}`} onClick={() => setF({ ...f, posts: f.posts.filter((_, j) => j !== i) })}>
              ✕
            </button>
          </div>
        ))}
        <button type="button" className="link-btn" onClick={() => setF({ ...f, posts: [...f.posts, { post: '', orgId: null, startOn: '', endOn: '' }] })}>
          {t('actors.addPost')}
        </button>
      </fieldset>
      {error && !['name', 'kind', 'notes'].includes(error.field ?? '') && !/^posts\.\d+\.(post|startOn|endOn)$/.test(error.field ?? '') && (
        <p role="alert" className="error">{error.message}</p>
      )}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy || (!dirty && !!f.id)}>{busy ? t('common.saving') : t('common.save')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('common.cancel')}</button>}
      </div>
    </form>
  );
}
