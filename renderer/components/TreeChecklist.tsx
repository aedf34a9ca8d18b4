import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeNode } from '../../api/contract/taxonomy';
import { matching, nodeLabel, type TreeIndex } from '../lib/tree';
import { usePrefs } from '../state/prefs';

interface Props {
  tree: TreeIndex;
  selected: readonly string[];
  onChange(ids: string[]): void;
  /** One node only (choosing a parent, a merge target). */
  single?: boolean;
  /** Nodes that cannot be chosen (a node itself and its subtree when moving it). */
  disabled?: ReadonlySet<string>;
  label: string;
}

/**
 * A searchable tree of checkboxes. Only expanded branches are rendered, so the
 * full region tree (thousands of counties) stays light.
 */
export function TreeChecklist({ tree, selected, onChange, single, disabled, label }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const hits = useMemo(() => matching(tree, query), [tree, query]);
  const chosen = new Set(selected);

  const toggle = (n: TreeNode) => {
    if (single) onChange(chosen.has(n.id) ? [] : [n.id]);
    else onChange(chosen.has(n.id) ? selected.filter((x) => x !== n.id) : [...selected, n.id]);
  };
  const branch = (parent: string, depth: number) => {
    const kids = (tree.children.get(parent) ?? []).filter((n) => !hits || hits.has(n.id));
    if (!kids.length) return null;
    return (
      <ul role={depth === 0 ? undefined : 'group'} className="tree-list">
        {kids.slice(0, 500).map((n) => {
          const hasKids = tree.children.has(n.id);
          const expanded = hasKids && (open.has(n.id) || (!!hits && hits.size < 200));
          return (
            <li key={n.id}>
              <div className="tree-row">
                {hasKids ? (
                  <button
                    type="button"
                    className="twisty"
                    aria-expanded={expanded}
                    aria-label={n.name}
                    onClick={() => setOpen((o) => {
                      const next = new Set(o);
                      if (next.has(n.id)) next.delete(n.id);
                      else next.add(n.id);
                      return next;
                    })}
                  >
                    {expanded ? '▾' : '▸'}
                  </button>
                ) : (
                  <span className="twisty" />
                )}
                <label className="tree-check">
                  <input type={single ? 'radio' : 'checkbox'} name={single ? label : undefined} checked={chosen.has(n.id)} disabled={disabled?.has(n.id)} onChange={() => toggle(n)} />
                  <span>{nodeLabel(n, lang)}</span>
                  {tree.subtreeCount.get(n.id) ? <span className="count">{tree.subtreeCount.get(n.id)}</span> : null}
                </label>
              </div>
              {expanded && branch(n.id, depth + 1)}
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <div className="tree-checklist">
      <input
        type="search"
        className="tree-search"
        aria-label={`${label}: ${t('filters.searchTree')}`}
        placeholder={t('filters.searchTree')}
        value={query}
        autoFocus
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="tree-scroll" role="group" aria-label={label}>
        {branch('', 0) ?? <p className="muted">{t('common.noResults')}</p>}
      </div>
    </div>
  );
}
