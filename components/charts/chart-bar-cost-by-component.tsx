"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { AXIS_PROPS, CHART_COLORS, seriesColor } from "@/components/ui/chart-theme";
import { type TrendRows, trendRows } from "@/lib/costing/trend-series";
import { formatMoney } from "@/lib/format-money";
import type { VolumeDetailResult } from "@/lib/services/showback/get-volume-detail";

const COMPONENT_COLORS: Record<string, string> = {
  capacity: seriesColor(0),
  iops: seriesColor(1),
  throughput: seriesColor(2),
  snapshot_standard: seriesColor(3),
  snapshot_archive: seriesColor(4),
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
    <ChartFrame label="Daily cost by component" height={240}>
      <BarChart data={rows} margin={{ left: 8, right: 16, top: 8, bottom: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="day" {...AXIS_PROPS} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
        <YAxis
          {...AXIS_PROPS}
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
            fill={COMPONENT_COLORS[s.key] ?? CHART_COLORS.muted}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
