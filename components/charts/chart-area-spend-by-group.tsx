"use client";
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { OTHER_SERIES, type TrendRows, trendRows } from "@/lib/costing/trend-series";
import { formatMoney } from "@/lib/format-money";
import type { ShowbackResult } from "@/lib/services/showback/get-showback";

/** Series colours: distinct, colour-blind-friendly (Okabe–Ito, then Tableau), grey for "other". */
export const SPEND_COLORS = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#f0e442",
  "#4e79a7",
];
export const OTHER_COLOR = "#9ca3af";

const SHOWN_GROUPS = SPEND_COLORS.length;

/** The page's largest groups as stacked series by day; every other group's spend as "Other". */
export function mapSpendByGroup(result: ShowbackResult): TrendRows {
  const series = result.groups.slice(0, SHOWN_GROUPS).map((g) => ({
    key: g.key,
    label: g.clusterName && result.by === "namespace" ? `${g.name} · ${g.clusterName}` : g.name,
  }));
  return trendRows(
    result.window,
    result.trend.map((p) => ({ day: p.day, total: p.total, values: p.groups })),
    series,
    "All other groups",
  );
}

export function ChartAreaSpendByGroup({ result }: { result: ShowbackResult }) {
  const { rows, series } = mapSpendByGroup(result);
  const money = (value: number) => formatMoney(String(value), result.currency);
  return (
    <div style={{ height: 300 }} role="img" aria-label="Daily spend by group">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={rows} margin={{ left: 8, right: 16, top: 8, bottom: 0 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="day" fontSize={11} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
          <YAxis
            fontSize={11}
            width={72}
            tickFormatter={(v: number) => formatMoney(String(v), result.currency, 0)}
          />
          <Tooltip formatter={(value, name) => [money(Number(value)), String(name)]} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s, i) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="spend"
              type="monotone"
              stroke={s.key === OTHER_SERIES ? OTHER_COLOR : SPEND_COLORS[i % SPEND_COLORS.length]}
              fill={s.key === OTHER_SERIES ? OTHER_COLOR : SPEND_COLORS[i % SPEND_COLORS.length]}
              fillOpacity={0.55}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
