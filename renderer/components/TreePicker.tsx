import { useTranslation } from 'react-i18next';
import { nodeLabel, type TreeIndex } from '../lib/tree';
import { usePrefs } from '../state/prefs';
import { Popover } from './Popover';
import { TreeChecklist } from './TreeChecklist';

interface Props {
  label: string;
  tree: TreeIndex;
  value: readonly string[];
  onChange(ids: string[]): void;
  /** Shown in the button when nothing is chosen. */
  placeholder?: string;
}

/** A chain or region picker: the chosen nodes as removable chips, the tree in a popover. */
export function TreePicker({ label, tree, value, onChange, placeholder }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const name = (id: string) => {
    const n = tree.byId.get(id);
    return n ? nodeLabel(n, lang) : id;
  };
  return (
    <div className="tree-picker" role="group" aria-label={label}>
      {value.map((id) => (
        <span key={id} className="chip">
          {name(id)}
          <button type="button" className="chip-x" aria-label={`${t('common.remove')} ${name(id)}`} onClick={() => onChange(value.filter((v) => v !== id))}>
            ×
          </button>
        </span>
      ))}
      <Popover label={value.length ? '+' : (placeholder ?? t('filters.pick'))} ariaLabel={`${label}: ${t('filters.pick')}`}>
        {() => <TreeChecklist tree={tree} selected={value} onChange={onChange} label={label} />}
      </Popover>
    </div>
  );
}
