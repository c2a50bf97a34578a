import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface CountRow { label: string; count: number }

/**
 * Counts as horizontal bars, long Japanese labels on the left. Decorative for assistive technology:
 * the same counts are in the table next to it.
 */
export function CountChart({ rows }: { rows: CountRow[] }) {
  return (
    <div className="w-full" style={{ height: Math.max(120, rows.length * 40 + 40) }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 40, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ccc" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#333' }} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fill: '#1a1a1a', fontSize: 13 }} />
          <Bar dataKey="count" fill="#0031d8">
            <LabelList dataKey="count" position="right" fill="#1a1a1a" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
