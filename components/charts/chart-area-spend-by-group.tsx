"use client";
import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { AXIS_PROPS, CHART_COLORS, SERIES_COUNT, seriesColor } from "@/components/ui/chart-theme";
import { OTHER_SERIES, type TrendRows, trendRows } from "@/lib/costing/trend-series";
import { formatMoney } from "@/lib/format-money";
import type { ShowbackResult } from "@/lib/services/showback/get-showback";

/** As many groups as the theme has series colours; the rest add up to "Other", in grey. */
const SHOWN_GROUPS = SERIES_COUNT;

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
    <ChartFrame label="Daily spend by group" height={300}>
      <AreaChart data={rows} margin={{ left: 8, right: 16, top: 8, bottom: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="day" {...AXIS_PROPS} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
        <YAxis
          {...AXIS_PROPS}
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
            stroke={s.key === OTHER_SERIES ? CHART_COLORS.muted : seriesColor(i)}
            fill={s.key === OTHER_SERIES ? CHART_COLORS.muted : seriesColor(i)}
            fillOpacity={0.55}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ChartFrame>
  );
}
