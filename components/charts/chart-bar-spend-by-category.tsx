"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CostWindow } from "@/lib/costing/cost-window";
import { type TrendRows, trendRows } from "@/lib/costing/trend-series";
import { formatMoney } from "@/lib/format-money";
import type { OwnerCostsResult } from "@/lib/services/showback/get-team-costs";

export const CATEGORY_COLORS: Record<string, string> = {
  block: "#0072b2",
  file: "#009e73",
  object: "#e69f00",
  local: "#56b4e9",
  snapshot: "#cc79a7",
};

/** An owner's daily spend stacked by category (block, file, object, local, snapshot). */
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
    <div style={{ height: 260 }} role="img" aria-label="Daily spend by category">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ left: 8, right: 16, top: 8, bottom: 0 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="day" fontSize={11} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
          <YAxis
            fontSize={11}
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
              fill={CATEGORY_COLORS[s.key] ?? "#9ca3af"}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
