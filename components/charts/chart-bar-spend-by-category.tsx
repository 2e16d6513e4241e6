"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { AXIS_PROPS, CHART_COLORS, seriesColor } from "@/components/ui/chart-theme";
import type { CostWindow } from "@/lib/costing/cost-window";
import { type TrendRows, trendRows } from "@/lib/costing/trend-series";
import { formatMoney } from "@/lib/format-money";
import type { OwnerCostsResult } from "@/lib/services/showback/get-team-costs";

export const CATEGORY_COLORS: Record<string, string> = {
  block: seriesColor(0),
  file: seriesColor(2),
  object: seriesColor(1),
  local: seriesColor(4),
  snapshot: seriesColor(3),
  "data-access": seriesColor(5),
};

/** An owner's daily spend stacked by category (block, file, object, local, snapshot, data-access). */
export function mapSpendByCategory(result: {
  window: CostWindow;
  trend: OwnerCostsResult["trend"];
}): TrendRows {
  const categories = [...new Set(result.trend.flatMap((p) => Object.keys(p.byCategory)))].sort();
  return trendRows(
    result.window,
    result.trend.map((p) => ({ day: p.day, total: p.total, values: p.byCategory })),
    categories.map((c) => ({ key: c, label: c })),
  );
}

export function ChartBarSpendByCategory({ result }: { result: OwnerCostsResult }) {
  const { rows, series } = mapSpendByCategory(result);
  return (
    <ChartFrame label="Daily spend by category" height={260}>
      <BarChart data={rows} margin={{ left: 8, right: 16, top: 8, bottom: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="day" {...AXIS_PROPS} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
        <YAxis
          {...AXIS_PROPS}
          width={72}
          tickFormatter={(v: number) => formatMoney(String(v), result.currency, 0)}
        />
        <Tooltip formatter={(value, name) => [formatMoney(String(value), result.currency), String(name)]} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="spend"
            fill={CATEGORY_COLORS[s.key] ?? CHART_COLORS.muted}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
