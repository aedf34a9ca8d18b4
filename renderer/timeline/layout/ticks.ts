import { dayAt, endOf, type Scale } from './scale';
import { DAYS_PER, dayOfYmd, ymdOf } from './time';

export type AxisUnit = 'year' | 'quarter' | 'month' | 'day';

interface Level {
  unit: AxisUnit;
  /** Years for 'year', days of the month for 'day', else 1. */
  step: number;
}

// Finest last. A level is used when one step is at least as wide as its label needs.
const LEVELS: Level[] = [
  { unit: 'year', step: 50 }, { unit: 'year', step: 20 }, { unit: 'year', step: 10 }, { unit: 'year', step: 5 }, { unit: 'year', step: 2 },
  { unit: 'year', step: 1 }, { unit: 'quarter', step: 1 }, { unit: 'month', step: 1 },
  { unit: 'day', step: 10 }, { unit: 'day', step: 5 }, { unit: 'day', step: 2 }, { unit: 'day', step: 1 },
];

/** Label widths (CSS px at 12px) with room to breathe; Chinese labels like 2024年 set the pace. */
export const MIN_LABEL_PX: Record<AxisUnit, number> = { year: 52, quarter: 50, month: 40, day: 44 };

const stepDays = (l: Level) => (l.unit === 'year' ? DAYS_PER.year * l.step : l.unit === 'day' ? l.step : DAYS_PER[l.unit]);

export function chooseLevel(pxPerDay: number, minPx: Record<AxisUnit, number> = MIN_LABEL_PX): Level {
  let best = LEVELS[0];
  for (const l of LEVELS) if (stepDays(l) * pxPerDay >= minPx[l.unit]) best = l;
  return best;
}

/** Axis labels in the UI language. */
export interface AxisFormat {
  year(y: number): string;
  decade(y: number): string;
  quarter(q: number): string;
  month(m: number): string;
  day(d: number): string;
  /** The context above day ticks: a month with its year. */
  yearMonth(y: number, m: number): string;
}

export interface Tick {
  day: number;
  label: string;
}
export interface Axis {
  unit: AxisUnit;
  step: number;
  minor: Tick[];
  /** The row above: decades over years, years over quarters and months, months over days. */
  major: Tick[];
}

function years(from: number, to: number, step: number, label: (y: number) => string): Tick[] {
  const out: Tick[] = [];
  for (let y = Math.floor(ymdOf(from).y / step) * step; dayOfYmd(y) <= to; y += step) out.push({ day: dayOfYmd(y), label: label(y) });
  return out;
}

function months(from: number, to: number, every: number, label: (y: number, m: number) => string): Tick[] {
  const out: Tick[] = [];
  const { y, m } = ymdOf(from);
  for (let i = Math.floor((m - 1) / every) * every; ; i += every) {
    const day = dayOfYmd(y, i + 1);
    if (day > to) break;
    const t = ymdOf(day);
    out.push({ day, label: label(t.y, t.m) });
  }
  return out;
}

function days(from: number, to: number, step: number, f: AxisFormat): Tick[] {
  const out: Tick[] = [];
  const { y, m } = ymdOf(from);
  for (let i = 0; ; i++) {
    const first = dayOfYmd(y, m + i);
    if (first > to) break;
    const len = dayOfYmd(y, m + i + 1) - first;
    for (let d = 1; d <= len; d += step) {
      // A tick too close to next month's 1st would crowd its label.
      if (d > 1 && len + 1 - d < step * 0.6) break;
      const day = first + d - 1;
      if (day >= from - step && day <= to) out.push({ day, label: f.day(d) });
    }
  }
  return out;
}

/** Ticks covering the scale's window (one step beyond each edge, so labels slide in rather than pop). */
export function axisTicks(s: Scale, f: AxisFormat, minPx?: Record<AxisUnit, number>): Axis {
  const level = chooseLevel(s.pxPerDay, minPx);
  const span = stepDays(level);
  const from = dayAt(s, 0) - span;
  const to = endOf(s) + span;
  switch (level.unit) {
    case 'year':
      return {
        ...level,
        minor: years(from, to, level.step, f.year),
        major: level.step === 1 ? years(from, to, 10, f.decade) : level.step <= 5 ? years(from, to, 50, f.year) : [],
      };
    case 'quarter':
      return { ...level, minor: months(from, to, 3, (_, m) => f.quarter((m + 2) / 3)), major: years(from, to, 1, f.year) };
    case 'month':
      return { ...level, minor: months(from, to, 1, (_, m) => f.month(m)), major: years(from, to, 1, f.year) };
    case 'day':
      return { ...level, minor: days(from, to, level.step, f), major: months(from, to, 1, f.yearMonth) };
  }
}

const ZH_Q = ['一', '二', '三', '四'];

export function axisFormat(lang: string): AxisFormat {
  const zh = lang.toLowerCase().startsWith('zh');
  const monthFmt = new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en', { month: 'short', timeZone: 'UTC' });
  const ymFmt = new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const at = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1));
  return {
    year: (y) => (zh ? `${y}年` : String(y)),
    decade: (y) => (zh ? `${y}年代` : `${y}s`),
    quarter: (q) => (zh ? `${ZH_Q[q - 1]}季度` : `Q${q}`),
    month: (m) => monthFmt.format(at(2000, m)),
    day: (d) => (zh ? `${d}日` : String(d)),
    yearMonth: (y, m) => ymFmt.format(at(y, m)),
  };
}
