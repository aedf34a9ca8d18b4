import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS, ROLES, type ActorKind, type Role } from '../../../api/contract/common';
import type { Actor } from '../../../api/contract/actors';
import { ActorPicker } from '../../components/ActorPicker';
import { Popover } from '../../components/Popover';
import { newKey } from '../../lib/draft';
import { run } from '../../lib/run';
import { useEditor } from '../../state/editor';
import { createActor } from '../../state/lookup';
import { useDraft, useFieldError } from './hooks';

/** People and bodies with their role at this record (chair, issuer, chain chief …) and the post they held. */
export function ActorsSection() {
  const { t } = useTranslation();
  const actors = useDraft((d) => d.actors);
  const edit = useEditor((s) => s.edit);
  const [newKind, setNewKind] = useState<ActorKind>('person');
  const err = useFieldError('actors');
  const add = (a: Actor) =>
    edit((d) => ({
      ...d,
      actors: [...d.actors, { key: newKey(), actorId: a.id, name: a.name, actorKind: a.kind, role: a.kind === 'person' ? 'chair' : 'issuer', post: a.posts[0]?.post ?? '' }],
    }));
  const set = (key: string, patch: { role?: Role; post?: string }) => edit((d) => ({ ...d, actors: d.actors.map((a) => (a.key === key ? { ...a, ...patch } : a)) }));
  return (
    <section className="form-section" aria-labelledby="sec-actors">
      <h2 id="sec-actors">{t('editor.sections.actors')}</h2>
      {err && <p className="field-error">{err}</p>}
      {actors.length > 0 && (
        <table className="mini-table">
          <thead>
            <tr>
              <th scope="col">{t('editor.actor')}</th>
              <th scope="col">{t('editor.role')}</th>
              <th scope="col">{t('editor.post')}</th>
              <th scope="col"><span className="sr-only">{t('editor.removeItem')}</span></th>
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a.key}>
                <td>
                  {a.name} <span className="muted">{t(`actorKinds.${a.actorKind}`)}</span>
                </td>
                <td>
                  <select aria-label={`${t('editor.role')}: ${a.name}`} value={a.role} onChange={(e) => set(a.key, { role: e.target.value as Role })}>
                    {ROLES.map((r) => (
                      <option key={r} value={r}>{t(`roles.${r}`)}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={`${t('editor.post')}: ${a.name}`} value={a.post} placeholder={t('editor.postPlaceholder')} onChange={(e) => set(a.key, { post: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="icon-btn" aria-label={`${t('editor.removeItem')} ${a.name}`} onClick={() => edit((d) => ({ ...d, actors: d.actors.filter((x) => x.key !== a.key) }))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row-actions">
        <Popover label={`+ ${t('editor.addActor')}`}>
          {(close) => (
            <div>
              <ActorPicker
                label={t('editor.addActor')}
                exclude={new Set(actors.map((a) => a.actorId))}
                onPick={(a) => {
                  add(a);
                  close();
                }}
                onCreate={(name) =>
                  run(async () => {
                    add(await createActor(name, newKind));
                    close();
                  })
                }
              />
              <label className="inline-label">
                {t('editor.createActorKind')}
                <select value={newKind} onChange={(e) => setNewKind(e.target.value as ActorKind)}>
                  {ACTOR_KINDS.map((k) => (
                    <option key={k} value={k}>{t(`actorKinds.${k}`)}</option>
                  ))}
                </select>
              </label>
            </div>
          )}
        </Popover>
      </div>
    </section>
  );
}
