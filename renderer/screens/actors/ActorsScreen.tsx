import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS, type ActorKind } from '../../../api/contract/common';
import { confirmAction } from '../../components/ConfirmDialog';
import { formatRangeShort } from '../../i18n/format';
import { run } from '../../lib/run';
import { useActors, toFields, type ActorFields } from '../../state/actors';
import { useNav } from '../../state/nav';
import { usePrefs } from '../../state/prefs';
import { routeToHash } from '../../state/route';
import { ActorForm } from './ActorForm';
import { ActorMergeDialog } from './ActorMergeDialog';

const BLANK: ActorFields = { kind: 'person', name: '', aliases: [], regionId: null, notes: '', posts: [] };

/** People and bodies: find (either script), rename, aliases, posts over time, linked records, merge, trash. */
export function ActorsScreen({ id }: { id?: string }) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const go = useNav((s) => s.go);
  const { text, kind, rows, error, current, records, setText, setKind, load, loadCurrent, remove, undoMerge } = useActors();
  const [adding, setAdding] = useState(false);
  const [merging, setMerging] = useState(false);
  useEffect(() => void load(), [load]);
  const actor = id && current?.id === id ? current : undefined;
  useEffect(() => void loadCurrent(id), [id, loadCurrent]);
  const initial = useMemo(() => (actor ? toFields(actor) : null), [actor]);
  const select = (aid: string) => {
    setAdding(false);
    go({ screen: 'actors', id: aid }, { replace: true });
  };
  const linked = records && records.id === id ? records.rows : [];

  return (
    <section className="screen actors-screen" aria-labelledby="actors-title">
      <header className="screen-head">
        <h1 id="actors-title">{t('actors.title')}</h1>
        <div className="head-actions">
          <button type="button" onClick={() => setAdding(true)}>+ {t('actors.add')}</button>
        </div>
      </header>
      <div className="actors-layout">
        <div className="panel actor-list-panel">
          <div className="actor-filters">
            <input type="search" aria-label={t('actors.filter')} placeholder={t('actors.filter')} value={text} onChange={(e) => setText(e.target.value)} />
            <select aria-label={t('actors.kind')} value={kind} onChange={(e) => setKind(e.target.value as ActorKind | '')}>
              <option value="">{t('actors.anyKind')}</option>
              {ACTOR_KINDS.map((k) => (
                <option key={k} value={k}>{t(`actorKinds.${k}`)}</option>
              ))}
            </select>
          </div>
          <p className="muted actor-count" aria-live="polite">{t('actors.count', { n: rows.length })}</p>
          {error && <p role="alert" className="error">{error}</p>}
          {!rows.length && !error && <p className="muted">{t('actors.empty')}</p>}
          <ul className="actor-list" aria-label={t('actors.list')}>
            {rows.map((a) => (
              <li key={a.id}>
                <a
                  href={routeToHash({ screen: 'actors', id: a.id })}
                  aria-current={a.id === id ? 'true' : undefined}
                  className={a.id === id ? 'selected' : undefined}
                  onClick={(e) => (e.preventDefault(), select(a.id))}
                >
                  <span className="actor-name">{a.name}</span>
                  <span className="muted">
                    {t(`actorKinds.${a.kind}`)} · {t('actors.records', { count: a.recordCount })}
                  </span>
                  {a.aliases.length > 0 && <span className="muted actor-aliases">{a.aliases.join('、')}</span>}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div className="panel actor-panel">
          {adding ? (
            <>
              <h2>{t('actors.newActor')}</h2>
              <ActorForm initial={BLANK} onSaved={select} onCancel={() => setAdding(false)} />
            </>
          ) : actor && initial ? (
            <>
              <div className="panel-head">
                <h2>{actor.name}</h2>
                <span className="muted">{t(`actorKinds.${actor.kind}`)} · {t('actors.records', { count: actor.recordCount })}</span>
              </div>
              {actor.mergedFrom.length > 0 && (
                <div className="merged-from">
                  <span className="muted">{t('actors.mergedFrom', { names: actor.mergedFrom.map((m) => m.name).join('、') })}</span>
                  {actor.mergedFrom.map((m) => (
                    <button key={m.id} type="button" className="link-btn" onClick={() => run(() => undoMerge(m))}>
                      {t('actors.undoMerge', { name: m.name })}
                    </button>
                  ))}
                </div>
              )}
              <ActorForm initial={initial} onSaved={select} />
              <section className="actor-records" aria-labelledby="actor-records-title">
                <h3 id="actor-records-title">{t('actors.linked')}</h3>
                {!linked.length && <p className="muted">{t('actors.noLinked')}</p>}
                <ul>
                  {linked.map((r) => (
                    <li key={r.id}>
                      <a href={routeToHash({ screen: 'record', id: r.id })} onClick={(e) => (e.preventDefault(), go({ screen: 'record', id: r.id }))}>
                        {r.title}
                      </a>
                      <span className="muted">
                        {' '}
                        {t(`kindsShort.${r.kind}`)}
                        {r.dateStart ? ` · ${formatRangeShort(r.dateStart, r.dateEnd, lang)}` : ''}
                        {' · '}
                        {r.roles.map((x) => [t(`roles.${x.role}`), x.post].filter(Boolean).join(' ')).join('、')}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
              <div className="row-actions node-actions">
                <button type="button" onClick={() => setMerging(true)}>{t('actors.merge')}</button>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    run(async () => {
                      if (!(await confirmAction({ title: t('actors.deleteConfirm', { name: actor.name }), confirm: t('actors.delete'), danger: true }))) return;
                      await remove(actor);
                      go({ screen: 'actors' }, { replace: true });
                    })
                  }
                >
                  {t('actors.delete')}
                </button>
              </div>
            </>
          ) : (
            <p className="muted">{t('actors.select')}</p>
          )}
        </div>
      </div>
      <ActorMergeDialog
        from={merging && actor ? actor : null}
        onClose={() => setMerging(false)}
        onMerged={(into) => {
          setMerging(false);
          select(into);
        }}
      />
    </section>
  );
}
