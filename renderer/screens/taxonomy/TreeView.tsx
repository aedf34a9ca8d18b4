import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matching, nodeLabel, pathOf, type TreeIndex } from '../../lib/tree';
import { usePrefs } from '../../state/prefs';

interface Props {
  tree: TreeIndex;
  selected?: string;
  onSelect(id: string): void;
  label: string;
}

/** The whole tree with search; only expanded branches are in the DOM. */
export function TreeView({ tree, selected, onSelect, label }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const hits = useMemo(() => matching(tree, query), [tree, query]);
  // Reveal the selected node (after a merge, a move, or a link from elsewhere).
  useEffect(() => {
    if (!selected) return;
    const ancestors = pathOf(tree, selected).slice(0, -1).map((n) => n.id);
    if (ancestors.some((a) => !open.has(a))) setOpen((o) => new Set([...o, ...ancestors]));
  }, [selected, tree]); // eslint-disable-line react-hooks/exhaustive-deps

  const toggle = (id: string) =>
    setOpen((o) => {
      const n = new Set(o);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const branch = (parent: string) => {
    const kids = (tree.children.get(parent) ?? []).filter((n) => !hits || hits.has(n.id));
    if (!kids.length) return null;
    return (
      <ul className="tree-list">
        {kids.map((n) => {
          const hasKids = tree.children.has(n.id);
          const expanded = hasKids && (open.has(n.id) || (!!hits && hits.size < 300));
          return (
            <li key={n.id}>
              <div className={`tree-row${n.id === selected ? ' selected' : ''}`}>
                {hasKids ? (
                  <button type="button" className="twisty" aria-expanded={expanded} aria-label={nodeLabel(n, lang)} onClick={() => toggle(n.id)}>
                    {expanded ? '▾' : '▸'}
                  </button>
                ) : (
                  <span className="twisty" />
                )}
                <button type="button" className="node-btn" aria-current={n.id === selected ? 'true' : undefined} onClick={() => onSelect(n.id)}>
                  <span className="node-name">{nodeLabel(n, lang)}</span>
                  {n.aliases.length > 0 && <span className="node-alias">{n.aliases.slice(0, 2).join('、')}</span>}
                  <span className="count">{tree.subtreeCount.get(n.id) || ''}</span>
                </button>
              </div>
              {expanded && branch(n.id)}
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <div className="tree-view">
      <input type="search" aria-label={`${label}: ${t('taxonomy.filter')}`} placeholder={t('taxonomy.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="tree-scroll" role="group" aria-label={label}>
        {branch('') ?? <p className="muted">{t('common.noResults')}</p>}
      </div>
    </div>
  );
}
