import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '../../components/ConfirmDialog';
import { run } from '../../lib/run';
import { nodeLabel } from '../../lib/tree';
import { useFilters } from '../../state/filters';
import { useNav } from '../../state/nav';
import { usePrefs } from '../../state/prefs';
import { trashNode, type NodeFields } from '../../state/taxonomy-edit';
import { useTaxonomy, type TreeName } from '../../state/taxonomy';
import { MergeDialog } from './MergeDialog';
import { NodeForm } from './NodeForm';
import { TreeView } from './TreeView';

interface Props {
  tree: TreeName;
  id?: string;
}

const TREES: TreeName[] = ['chains', 'regions'];

/** Edit the chain and region trees: add, rename, move, merge, aliases, trash. */
export function TaxonomyScreen({ tree, id }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const index = useTaxonomy((s) => s[tree]);
  const go = useNav((s) => s.go);
  const setFilter = useFilters((s) => s.setFilter);
  const [adding, setAdding] = useState<NodeFields | null>(null);
  const [merging, setMerging] = useState(false);
  const node = id ? index.byId.get(id) : undefined;
  const select = (nid: string) => {
    setAdding(null);
    go({ screen: 'taxonomies', tree, id: nid }, { replace: true });
  };
  const initial = useMemo<NodeFields | null>(
    () => (node ? { id: node.id, parentId: node.parentId, name: node.name, en: node.en, level: node.level, code: node.code ?? undefined, aliases: node.aliases } : null),
    [node],
  );
  const blank = (parentId: string | null): NodeFields => {
    const parent = parentId ? index.byId.get(parentId) : null;
    const level = tree === 'chains' ? (parent?.level === 'cluster' ? 'chain' : parent ? 'segment' : 'cluster') : parent?.level === 'province' ? 'prefecture' : parent ? 'county' : 'province';
    return { parentId, name: '', en: '', level, aliases: [] };
  };

  return (
    <section className="screen taxonomy-screen" aria-labelledby="tax-title">
      <header className="screen-head">
        <h1 id="tax-title">{t('taxonomy.title')}</h1>
        <div role="tablist" aria-label={t('taxonomy.title')} className="tabs">
          {TREES.map((tr) => (
            <button key={tr} type="button" role="tab" id={`tab-${tr}`} aria-selected={tr === tree} aria-controls="tax-panel" onClick={() => (setAdding(null), go({ screen: 'taxonomies', tree: tr }, { replace: true }))}>
              {t(`taxonomy.${tr}`)}
            </button>
          ))}
        </div>
        <div className="head-actions">
          <button type="button" onClick={() => setAdding(blank(null))}>+ {t('taxonomy.addRoot')}</button>
        </div>
      </header>
      <div className="taxonomy-layout" id="tax-panel" role="tabpanel" aria-labelledby={`tab-${tree}`}>
        <div className="panel tree-panel">
          <TreeView tree={index} selected={id} onSelect={select} label={t('taxonomy.tree', { tree: t(`taxonomy.${tree}`) })} />
        </div>
        <div className="panel node-panel">
          {adding ? (
            <>
              <h2>{t('taxonomy.newNode')}</h2>
              <NodeForm tree={tree} initial={adding} onSaved={select} onCancel={() => setAdding(null)} />
            </>
          ) : node && initial ? (
            <>
              <div className="panel-head">
                <h2>{nodeLabel(node, lang)}</h2>
                <span className="muted">{t('taxonomy.count', { n: index.subtreeCount.get(node.id) ?? 0 })}</span>
              </div>
              <NodeForm tree={tree} initial={initial} onSaved={select} />
              <div className="row-actions node-actions">
                <button type="button" onClick={() => setAdding(blank(node.id))}>+ {t('taxonomy.addChild')}</button>
                <button type="button" onClick={() => setMerging(true)}>{t('taxonomy.merge')}</button>
                <button
                  type="button"
                  onClick={() => {
                    setFilter(tree === 'chains' ? { chains: [node.id] } : { regions: [node.id] });
                    go({ screen: 'records' });
                  }}
                >
                  {t('taxonomy.showRecords')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    run(async () => {
                      if (!(await confirmAction({ title: t('taxonomy.deleteConfirm', { name: node.name }), confirm: t('taxonomy.delete'), danger: true }))) return;
                      await trashNode(tree, node.id);
                      go({ screen: 'taxonomies', tree }, { replace: true });
                    })
                  }
                >
                  {t('taxonomy.delete')}
                </button>
              </div>
            </>
          ) : (
            <p className="muted">{t('taxonomy.select')}</p>
          )}
        </div>
      </div>
      <MergeDialog
        tree={tree}
        from={merging && node ? node : null}
        onClose={() => setMerging(false)}
        onMerged={(into) => {
          setMerging(false);
          select(into);
        }}
      />
    </section>
  );
}
