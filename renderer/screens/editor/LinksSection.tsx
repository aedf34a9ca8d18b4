import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATIONS, type Relation } from '../../../api/contract/common';
import { Popover } from '../../components/Popover';
import { RecordPicker } from '../../components/RecordPicker';
import { newKey } from '../../lib/draft';
import { run } from '../../lib/run';
import { useEditor } from '../../state/editor';
import { useNav } from '../../state/nav';
import { routeToHash } from '../../state/route';
import { useDraft, useFieldError } from './hooks';

/** Outgoing links are edited here; incoming ones (a plan's measures) are listed and belong to the other record. */
export function LinksSection() {
  const { t } = useTranslation();
  const links = useDraft((d) => d.links);
  const kind = useDraft((d) => d.kind);
  const id = useDraft((d) => d.id);
  const incoming = useEditor((s) => s.incoming);
  const edit = useEditor((s) => s.edit);
  const attachMeasure = useEditor((s) => s.attachMeasure);
  const go = useNav((s) => s.go);
  const err = useFieldError('links');
  const errors = useEditor((s) => s.errors);
  const [relation, setRelation] = useState<Relation>(kind === 'measure' ? 'part-of' : kind === 'plan' ? 'announced-at' : 'related');
  const measures = incoming.filter((l) => l.relation === 'part-of');
  const others = incoming.filter((l) => l.relation !== 'part-of');
  const open = (otherId: string) => go({ screen: 'record', id: otherId });
  const linkTo = (otherId: string, title: string) => (
    <a href={routeToHash({ screen: 'record', id: otherId })} onClick={(e) => (e.preventDefault(), open(otherId))}>
      {title}
    </a>
  );
  return (
    <section className="form-section" aria-labelledby="sec-links">
      <h2 id="sec-links">{t('editor.sections.links')}</h2>
      {err && <p className="field-error">{err}</p>}
      {links.length > 0 && (
        <ul className="link-list">
          {links.map((l, i) => (
            <li key={l.key}>
              <select aria-label={`${t('editor.relation')}: ${l.toTitle}`} value={l.relation} onChange={(e) => edit((d) => ({ ...d, links: d.links.map((x) => (x.key === l.key ? { ...x, relation: e.target.value as Relation } : x)) }))}>
                {RELATIONS.map((r) => (
                  <option key={r} value={r}>{t(`relations.${r}`)}</option>
                ))}
              </select>
              {l.toKind && <span className={`kind-badge kind-${l.toKind}`}>{t(`kindsShort.${l.toKind}`)}</span>}
              {linkTo(l.toId, l.toTitle)}
              {errors[`links.${i}.toId`] && <span className="field-error">{errors[`links.${i}.toId`]}</span>}
              <button type="button" className="icon-btn" aria-label={`${t('editor.removeItem')} ${l.toTitle}`} onClick={() => edit((d) => ({ ...d, links: d.links.filter((x) => x.key !== l.key) }))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        <label className="inline-label">
          {t('editor.relation')}
          <select value={relation} onChange={(e) => setRelation(e.target.value as Relation)}>
            {RELATIONS.map((r) => (
              <option key={r} value={r}>{t(`relations.${r}`)}</option>
            ))}
          </select>
        </label>
        <Popover label={`+ ${t('editor.addLink')}`}>
          {(close) => (
            <RecordPicker
              label={t('editor.linkTarget')}
              kinds={relation === 'part-of' ? ['plan'] : relation === 'announced-at' ? ['meeting'] : undefined}
              exclude={new Set([...(id ? [id] : []), ...links.map((l) => l.toId)])}
              onPick={(r) => {
                edit((d) => ({ ...d, links: [...d.links, { key: newKey(), relation, toId: r.id, toTitle: r.title, toKind: r.kind }] }));
                close();
              }}
            />
          )}
        </Popover>
      </div>
      {kind === 'plan' && (
        <div className="measures">
          <h3>{t('editor.measures')}</h3>
          {measures.length ? (
            <ul className="link-list">
              {measures.map((l) => (
                <li key={l.id}>
                  <span className={`kind-badge kind-${l.otherKind}`}>{t(`kindsShort.${l.otherKind}`)}</span>
                  {linkTo(l.otherId, l.otherTitle)}
                </li>
              ))}
            </ul>
          ) : null}
          {id && (
            <div className="row-actions">
              <button type="button" onClick={() => go({ screen: 'record', id: 'new', kind: 'measure', planId: id })}>
                + {t('editor.addMeasure')}
              </button>
              <Popover label={`+ ${t('editor.attachMeasure')}`}>
                {(close) => (
                  <RecordPicker
                    label={t('editor.attachMeasure')}
                    kinds={['measure']}
                    exclude={new Set(measures.map((m) => m.otherId))}
                    onPick={(r) => run(() => attachMeasure(r.id).then(close))}
                  />
                )}
              </Popover>
            </div>
          )}
        </div>
      )}
      {others.length > 0 && (
        <div className="incoming">
          <h3>{t('editor.incoming')}</h3>
          <ul className="link-list">
            {others.map((l) => (
              <li key={l.id}>
                <span className="muted">{t(`relationsIn.${l.relation}`)}</span>
                <span className={`kind-badge kind-${l.otherKind}`}>{t(`kindsShort.${l.otherKind}`)}</span>
                {linkTo(l.otherId, l.otherTitle)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
