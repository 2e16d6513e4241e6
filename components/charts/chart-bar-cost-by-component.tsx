"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type TrendRows, trendRows } from "@/lib/costing/trend-series";
import { formatMoney } from "@/lib/format-money";
import type { VolumeDetailResult } from "@/lib/services/showback/get-volume-detail";

const COMPONENT_COLORS: Record<string, string> = {
  capacity: "#0072b2",
  iops: "#e69f00",
  throughput: "#009e73",
  snapshot_standard: "#cc79a7",
  snapshot_archive: "#56b4e9",
};

/** A volume's daily cost stacked by priced component; unpriced components add nothing. */
export function mapCostByComponent(detail: Pick<VolumeDetailResult, "window" | "costHistory">): TrendRows {
  const components = [...new Set(detail.costHistory.flatMap((d) => d.components.map((c) => c.component)))];
  return trendRows(
    detail.window,
    detail.costHistory.map((d) => ({
      day: d.day,
      total: d.total,
      values: Object.fromEntries(
        d.components.filter((c) => c.cost !== null).map((c) => [c.component, c.cost as string]),
      ),
    })),
    components.map((c) => ({ key: c, label: c })),
  );
}

export function ChartBarCostByComponent({ detail }: { detail: VolumeDetailResult }) {
  const { rows, series } = mapCostByComponent(detail);
  return (
    <div style={{ height: 240 }} role="img" aria-label="Daily cost by component">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ left: 8, right: 16, top: 8, bottom: 0 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="day" fontSize={11} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
          <YAxis
            fontSize={11}
            width={64}
            tickFormatter={(v: number) => formatMoney(String(v), detail.currency)}
          />
          <Tooltip
            formatter={(value, name) => [formatMoney(String(value), detail.currency, 4), String(name)]}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="cost"
              fill={COMPONENT_COLORS[s.key] ?? "#9ca3af"}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
