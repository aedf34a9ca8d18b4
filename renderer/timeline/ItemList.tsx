import { useEffect, useState } from 'react';
import { itemSummary } from './describe';
import { useTranslation } from 'react-i18next';
import { labelsOf } from './labels';
import { useLang } from './lang';
import type { TimelineModel } from './layout/model';
import { endOf } from './layout/scale';
import { openItem } from './open-record';
import { useViewport } from './state/viewport';

const MAX = 300;
/** The list follows the window once the user stops panning, not at frame rate. */
const SETTLE_MS = 200;

function inWindow(m: TimelineModel, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < m.count; i++) if (m.end[i] > from && m.start[i] < to) out.push(i);
  return out.sort((a, b) => m.start[a] - m.start[b] || a - b);
}

/** The text alternative to the chart: the records in the visible window, in date order, each a link to the record. */
export function ItemList({ model }: { model: TimelineModel }) {
  const { t: s } = useTranslation('timeline');
  const lang = useLang();
  const scale = useViewport((v) => v.scale);
  const [items, setItems] = useState<number[]>([]);
  useEffect(() => {
    if (!scale) return;
    let live = true;
    const t = setTimeout(() => {
      const next = inWindow(model, scale.start, endOf(scale));
      // Shown once with its titles (and plans'): a list that filled in later would change height, and the plot's width with it.
      const shown = next.slice(0, MAX).flatMap((i) => (model.plan[i] >= 0 ? [i, model.plan[i]] : [i]));
      void labelsOf(model)
        .ensure(shown)
        .then(() => live && setItems(next));
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [model, scale]);
  return (
    <section className="tl-list" aria-labelledby="tl-list-title">
      <h2 id="tl-list-title">{s('listTitle')}</h2>
      {items.length === 0 ? (
        <p className="empty">{s('listEmpty')}</p>
      ) : (
        <ol>
          {items.slice(0, MAX).map((i) => {
            const d = itemSummary(model, i, s, lang);
            return (
              <li key={i}>
                <button type="button" className="link-btn" onClick={() => openItem(model, i)}>{d.title}</button>
                <span className="muted"> · {d.dates} · {d.kind}{d.status ? ` · ${d.status}` : ''}{d.lanes ? ` · ${d.lanes}` : ''}</span>
                {d.plan && <span className="muted"> · {s('partOf')}：{d.plan}</span>}
              </li>
            );
          })}
        </ol>
      )}
      {items.length > MAX && <p className="muted">{s('listMore', { count: items.length - MAX })}</p>}
    </section>
  );
}
