import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OTHER, SERIES } from './palette';
import { isYearOnly, type Series } from './pivot';

interface Props {
  data: Record<string, number | string>[];
  series: Series[];
  /** Series label for the legend and tooltip. */
  label(s: Series): string;
  colour?(s: Series, i: number): string;
  onBar(period: string, key: string): void;
  /** How a period is written on the axis and in the tooltip (a year-only bucket reads "2024 (year only)"). */
  periodLabel?(period: string): string;
  /** The axis's shorter form of a period label, when there is one. */
  tickLabel?(period: string): string;
  height?: number;
}

/** Records per period stacked by series; a click on a segment reports its period and series. */
export function StackedPeriodChart({ data, series, label, colour, onBar, periodLabel = (p) => p, tickLabel = periodLabel, height = 260 }: Props) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" vertical={false} />
        <XAxis dataKey="period" tickFormatter={tickLabel} tick={{ fontSize: 11, fill: 'var(--muted)' }} stroke="var(--line-strong)" minTickGap={12} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--muted)' }} stroke="var(--line-strong)" />
        <Tooltip
          cursor={{ fill: 'var(--row-hover)' }}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--line-strong)', fontSize: 12 }}
          labelStyle={{ color: 'var(--fg)' }}
          labelFormatter={(p) => periodLabel(String(p))}
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
          >
            {/* A year's "year only" bucket is pale: its records have no place inside the year. */}
            {data.map((row) => (
              <Cell key={String(row.period)} fillOpacity={isYearOnly(String(row.period)) ? 0.4 : 1} />
            ))}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
