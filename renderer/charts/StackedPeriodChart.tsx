import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OTHER, SERIES } from './palette';
import type { Series } from './pivot';

interface Props {
  data: Record<string, number | string>[];
  series: Series[];
  /** Series label for the legend and tooltip. */
  label(s: Series): string;
  colour?(s: Series, i: number): string;
  onBar(period: string, key: string): void;
  height?: number;
}

/** Records per period stacked by series; a click on a segment reports its period and series. */
export function StackedPeriodChart({ data, series, label, colour, onBar, height = 260 }: Props) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" vertical={false} />
        <XAxis dataKey="period" tick={{ fontSize: 11, fill: 'var(--muted)' }} stroke="var(--line-strong)" minTickGap={12} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--muted)' }} stroke="var(--line-strong)" />
        <Tooltip
          cursor={{ fill: 'var(--row-hover)' }}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--line-strong)', fontSize: 12 }}
          labelStyle={{ color: 'var(--fg)' }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={label(s)}
            stackId="a"
            fill={s.key === '_other' ? OTHER : (colour?.(s, i) ?? SERIES[i % SERIES.length])}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(entry: { payload?: { period?: string } }) => entry.payload?.period && s.key !== '_other' && onBar(entry.payload.period, s.key)}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
