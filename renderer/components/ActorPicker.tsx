import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../api/contract/actors';
import { useDebouncedEffect } from '../lib/useDebounced';
import { useTaxonomy } from '../state/taxonomy';
import { toastError } from '../state/toasts';

interface Props {
  label: string;
  onPick(actor: Actor): void;
  /** Offered when no actor matches the typed name. */
  onCreate?(name: string): void;
  exclude?: ReadonlySet<string>;
}

/** Finds a person, body or firm by name (the store does the look-up). */
export function ActorPicker({ label, onPick, onCreate, exclude }: Props) {
  const { t } = useTranslation();
  const find = useTaxonomy((s) => s.findActors);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Actor[]>([]);
  useEffect(() => {
    find('').then(setHits, toastError);
  }, [find]);
  useDebouncedEffect(text, 150, (q) => find(q.trim()).then(setHits, toastError));
  const shown = hits.filter((a) => !exclude?.has(a.id));
  return (
    <div className="actor-picker">
      <input type="search" aria-label={label} placeholder={t('filters.findActor')} value={text} autoFocus onChange={(e) => setText(e.target.value)} />
      <ul className="pick-list">
        {shown.map((a) => (
          <li key={a.id}>
            <button type="button" onClick={() => onPick(a)}>
              <span>{a.name}</span>
              <span className="muted">
                {t(`actorKinds.${a.kind}`)}
                {a.posts[0] ? ` · ${a.posts[0].post}` : ''}
              </span>
            </button>
          </li>
        ))}
        {onCreate && text.trim() && !shown.some((a) => a.name === text.trim()) && (
          <li>
            <button type="button" className="create" onClick={() => onCreate(text.trim())}>
              {t('editor.createActor', { name: text.trim() })}
            </button>
          </li>
        )}
        {!shown.length && !text.trim() && <li className="muted">{t('common.noResults')}</li>}
      </ul>
    </div>
  );
}
