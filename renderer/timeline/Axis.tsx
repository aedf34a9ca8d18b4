import { useMemo } from 'react';
import { endOf, xOf } from './layout/scale';
import { isoOf } from './layout/time';
import { axisFormat, axisTicks, type Tick } from './layout/ticks';
import { useLang } from './lang';
import { useViewport } from './state/viewport';

/**
 * Label boxes between consecutive ticks. Upper-row labels stick to the left
 * edge so the period in view is always named; a lower-row label shows only
 * where its tick is, and not at all when cut (a half label reads as a wrong one).
 */
function boxes(ticks: Tick[], x: (d: number) => number, width: number, sticky: boolean) {
  return ticks
    .map((t, i) => {
      const a = x(t.day);
      const b = i + 1 < ticks.length ? x(ticks[i + 1].day) : Infinity;
      return { key: t.day, label: t.label, left: sticky ? Math.max(a, 0) : a, right: Math.min(b, width) };
    })
    .filter((b) => b.right > 0 && b.left < width && b.right - b.left >= (sticky ? 40 : 28) && (sticky || b.left >= 0));
}

/** The time axis above the lanes, in DOM (crisp text, selectable, readable by screen readers). */
export function Axis() {
  const scale = useViewport((v) => v.scale);
  const lang = useLang();
  const fmt = useMemo(() => axisFormat(lang), [lang]);
  if (!scale) return <div className="tl-axis" />;
  const axis = axisTicks(scale, fmt);
  const x = (d: number) => xOf(scale, d);
  return (
    <div className="tl-axis" data-unit={axis.unit} data-step={axis.step} data-from={isoOf(scale.start)} data-to={isoOf(endOf(scale))} aria-hidden="true">
      <div className="tl-axis-major">
        {boxes(axis.major, x, scale.width, true).map((b) => (
          <span key={b.key} className="tl-tick-label" style={{ left: b.left, width: b.right - b.left }}>{b.label}</span>
        ))}
      </div>
      <div className="tl-axis-minor">
        {boxes(axis.minor, x, scale.width, false).map((b) => (
          <span key={b.key} className="tl-tick-label" style={{ left: b.left, width: b.right - b.left }}>{b.label}</span>
        ))}
      </div>
      {axis.minor.map((t) => {
        const at = x(t.day);
        return at >= 0 && at <= scale.width ? <i key={t.day} className="tl-tick" style={{ left: at }} /> : null;
      })}
    </div>
  );
}
