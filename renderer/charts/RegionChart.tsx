import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES } from './palette';

interface Props {
  rows: { key: string; label: string; short: string; count: number }[];
  name: string;
  onBar(key: string): void;
}

/** Provinces side by side, most active first, under their short names (豫, 鄂 … read too cryptic; 河南, 湖北 fit). */
export function RegionChart({ rows, name, onBar }: Props) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" vertical={false} />
        <XAxis dataKey="short" interval={0} tick={{ fontSize: 11, fill: 'var(--fg)' }} stroke="var(--line-strong)" height={24} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--muted)' }} stroke="var(--line-strong)" />
        <Tooltip
          cursor={{ fill: 'var(--row-hover)' }}
          labelFormatter={(_, p) => (p?.[0]?.payload as { label?: string } | undefined)?.label ?? ''}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--line-strong)', fontSize: 12 }}
        />
        <Bar
          dataKey="count"
          name={name}
          fill={SERIES[0]}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(entry: { payload?: { key?: string } }) => entry.payload?.key && onBar(entry.payload.key)}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
