import type { ReactNode } from 'react';
import { badgeWidth, overflowMarks, rowMarks, type Mark } from '../timeline/layout/cluster';
import { isFaded, sureSpan, type TimelineModel } from '../timeline/layout/model';
import { xOf, type Scale } from '../timeline/layout/scale';
import type { Axis } from '../timeline/layout/ticks';
import * as P from '../timeline/palette';
import { laneName } from '../timeline/lane-name';
import { PRINT_AXIS_H, PRINT_LABEL_W, PRINT_TRACKS } from './geometry';
import { fitText, textWidth } from './measure';
import type { PrintT } from './i18n';
import type { TrackPart } from './paginate';

const FONT = 8;
const BAR_H = 8;

interface Props {
  model: TimelineModel;
  parts: TrackPart[];
  scale: Scale;
  axis: Axis;
  width: number;
  height: number;
  t: PrintT;
  clipId: string;
}

/** One page of the timeline as vectors: the axis (repeated on every page), lane labels, items and cluster badges. */
export function TimelineSvg({ model, parts, scale, axis, width, height, t, clipId }: Props) {
  const cont = t('cont');
  const plotH = height - PRINT_AXIS_H;
  const X = (day: number) => PRINT_LABEL_W + xOf(scale, day);
  const inPlot = (x: number) => x >= PRINT_LABEL_W - 0.5 && x <= width + 0.5;
  return (
    <svg className="tl-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img">
      <defs>
        <clipPath id={clipId}>
          <rect x={PRINT_LABEL_W} y={0} width={scale.width} height={height} />
        </clipPath>
      </defs>
      <g className="axis">
        {axis.minor.filter((t) => inPlot(X(t.day))).map((t) => (
          <line key={`g${t.day}`} x1={X(t.day)} x2={X(t.day)} y1={PRINT_AXIS_H - 6} y2={height} stroke={P.GRID_MINOR} strokeWidth={0.6} />
        ))}
        {axis.major.filter((t) => inPlot(X(t.day))).map((t) => (
          <line key={`G${t.day}`} x1={X(t.day)} x2={X(t.day)} y1={0} y2={height} stroke={P.GRID_MAJOR} strokeWidth={0.8} />
        ))}
        {axisLabels(axis.major, X, 11, scale, true)}
        {axisLabels(axis.minor, X, 27, scale, false)}
        <line x1={PRINT_LABEL_W} x2={width} y1={PRINT_AXIS_H - 0.5} y2={PRINT_AXIS_H - 0.5} stroke={P.CLUSTER_STROKE} strokeWidth={0.8} />
      </g>
      <g transform={`translate(0 ${PRINT_AXIS_H})`}>
        {parts.map((p) => (
          <g key={`${p.track.key}:${p.rowFrom}`}>
            <line x1={0} x2={width} y1={p.y + 0.25} y2={p.y + 0.25} stroke={P.LANE_LINE} strokeWidth={0.5} />
            <text className="lane-label" x={4 + (p.track.depth - 1) * 10} y={p.y + 11} fontSize={FONT + 0.5} fontWeight={p.track.hasChildren ? 700 : 400}>
              {fitText(laneName(p.track, t) + (p.cont ? cont : ''), PRINT_LABEL_W - 10 - (p.track.depth - 1) * 10, FONT + 0.5, p.track.hasChildren ? 700 : 400)}
            </text>
            <g clipPath={`url(#${clipId})`}>{rows(model, p, scale)}</g>
          </g>
        ))}
        <line x1={0} x2={width} y1={plotH - 0.25} y2={plotH - 0.25} stroke={P.LANE_LINE} strokeWidth={0.5} />
      </g>
    </svg>
  );
}

/** Labels a little right of their tick; the first one sticks to the left edge so every page names its period. */
function axisLabels(ticks: Axis['minor'], X: (d: number) => number, y: number, scale: Scale, bold: boolean): ReactNode[] {
  const out: ReactNode[] = [];
  const right = PRINT_LABEL_W + scale.width;
  ticks.forEach((t, i) => {
    const next = i + 1 < ticks.length ? X(ticks[i + 1].day) : right;
    let x = X(t.day) + 2;
    if (next <= PRINT_LABEL_W) return;
    if (x < PRINT_LABEL_W + 2) x = PRINT_LABEL_W + 2;
    const room = Math.min(next, right) - x - 3;
    const label = fitText(t.label, room, FONT, bold ? 700 : 400);
    if (label) out.push(<text key={`${bold ? 'M' : 'm'}${t.day}`} className="axis-label" x={x} y={y} fontSize={FONT} fontWeight={bold ? 700 : 400}>{label}</text>);
  });
  return out;
}

function rows(model: TimelineModel, p: TrackPart, scale: Scale): ReactNode[] {
  const out: ReactNode[] = [];
  const { track } = p;
  for (let r = p.rowFrom; r < p.rowTo; r++) {
    const cy = p.y + PRINT_TRACKS.pad + (r - p.rowFrom) * PRINT_TRACKS.rowH + PRINT_TRACKS.rowH / 2;
    if (track.overflow && r === track.rowsShown - 1) {
      for (const m of overflowMarks(track.packing.rows.slice(r), model, scale)) out.push(badge(m, cy, `o${r}:${m.x0}`, true));
      continue;
    }
    const row = track.packing.rows[r];
    const marks = rowMarks(row, model, scale);
    marks.forEach((m, k) => {
      const key = `${r}:${m.first}`;
      if (m.count > 1) return void out.push(badge(m, cy, key, false));
      const next = k + 1 < marks.length ? marks[k + 1].x0 : scale.width + 40;
      out.push(item(model, row[m.first], m, scale, cy, next, key));
    });
  }
  return out;
}

function badge(m: Mark, cy: number, key: string, overflow: boolean): ReactNode {
  const x = PRINT_LABEL_W + m.x0;
  const w = Math.max(m.x1 - m.x0, badgeWidth(m.count));
  const label = overflow ? `+${m.count}` : String(m.count);
  return (
    <g key={key}>
      <rect x={x} y={cy - 5.5} width={w} height={11} rx={5.5} fill={overflow ? P.OVERFLOW_FILL : P.CLUSTER_FILL} stroke={P.CLUSTER_STROKE} strokeWidth={0.6}
        strokeDasharray={overflow ? '2 1.5' : undefined} />
      {textWidth(label, FONT - 1) < w - 2 && (
        <text x={x + w / 2} y={cy + 2.6} fontSize={FONT - 1} textAnchor="middle" fill={P.CLUSTER_TEXT}>{label}</text>
      )}
    </g>
  );
}

function item(model: TimelineModel, i: number, m: Mark, scale: Scale, cy: number, nextX0: number, key: string): ReactNode {
  const { x0, x1 } = m;
  const color = P.KIND_COLOR[model.kind[i]];
  const faded = isFaded(model, i);
  const opacity = faded ? P.FADED_ALPHA : 1;
  const title = model.titles[i] ?? '';
  const X0 = PRINT_LABEL_W + x0;
  let shape: ReactNode;
  const labelX = X0 + (x1 - x0) + 3;
  if (model.point[i]) {
    shape = <circle cx={X0 + (x1 - x0) / 2} cy={cy} r={3.2} fill={color} opacity={opacity} />;
  } else if (model.vague[i] || model.fuzzy[i]) {
    // As on screen: faded and dashed where the date is known only to the month or year, solid over the days surely covered.
    const sure = sureSpan(model, i, m);
    shape = (
      <>
        <rect x={X0} y={cy - BAR_H / 2} width={x1 - x0} height={BAR_H} fill={color} fillOpacity={P.VAGUE_ALPHA} stroke={color} strokeWidth={0.6} strokeDasharray="2 1.5" />
        {sure && <rect x={PRINT_LABEL_W + sure[0]} y={cy - BAR_H / 2} width={sure[1] - sure[0]} height={BAR_H} fill={color} opacity={opacity} />}
      </>
    );
    // A long span holds its title inside: in white over a solid start (as plain bars), else dark on a white box.
    const onSolid = !!sure && sure[0] - x0 < 2;
    const inside = fitText(title, (onSolid ? sure![1] - sure![0] : x1 - x0) - 6, FONT - 0.5);
    if (inside.length >= Math.min(4, title.length)) {
      return (
        <g key={key}>
          {shape}
          {onSolid ? (
            <text x={X0 + 3} y={cy + 2.7} fontSize={FONT - 0.5} fill={faded ? P.LABEL_TEXT : '#fff'}>{inside}</text>
          ) : (
            // A white box rather than a stroked halo: stroked text would be embedded as Type 3 outlines instead of the font.
            <>
              <rect x={X0 + 2} y={cy - 4.2} width={textWidth(inside, FONT - 0.5) + 2} height={8.4} rx={1} fill="#fff" fillOpacity={0.85} />
              <text x={X0 + 3} y={cy + 2.7} fontSize={FONT - 0.5} fill={P.LABEL_TEXT}>{inside}</text>
            </>
          )}
        </g>
      );
    }
  } else {
    shape = <rect x={X0} y={cy - BAR_H / 2} width={x1 - x0} height={BAR_H} rx={1.5} fill={color} opacity={opacity} />;
    const inside = fitText(title, x1 - x0 - 6, FONT - 0.5);
    if (inside.length >= Math.min(4, title.length)) {
      return (
        <g key={key}>
          {shape}
          <text x={X0 + 3} y={cy + 2.7} fontSize={FONT - 0.5} fill={faded ? P.LABEL_TEXT : '#fff'}>{inside}</text>
        </g>
      );
    }
  }
  // Beside the mark, up to the next one (and never past the page's edge).
  const room = Math.min(PRINT_LABEL_W + nextX0, PRINT_LABEL_W + scale.width) - labelX - 4;
  const label = room > 18 ? fitText(title, room, FONT - 0.5) : '';
  return (
    <g key={key}>
      {shape}
      {label && <text x={labelX} y={cy + 2.7} fontSize={FONT - 0.5} fill={P.LABEL_TEXT}>{label}</text>}
    </g>
  );
}
