"use client";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { AXIS_PROPS, CHART_COLORS, seriesColor } from "@/components/ui/chart-theme";
import { formatMoney } from "@/lib/format-money";
import type { BudgetWithStatus } from "@/lib/services/budgets/list-budgets";

/** Budget left each day: actual while known, the forecast's path after, and an even spend beside them. */
export function ChartLineBudgetBurnDown({ budget }: { budget: BudgetWithStatus }) {
  // Chart coordinates only: the figures shown as text stay exact decimals.
  const points = budget.burnDown.map((p) => ({
    day: p.day,
    remaining: p.remaining === null ? null : Number(p.remaining),
    forecastRemaining: p.forecastRemaining === null ? null : Number(p.forecastRemaining),
    evenRemaining: Number(p.evenRemaining),
  }));
  return (
    <ChartFrame label={`Burn-down of ${budget.name}`} height={160}>
      <LineChart data={points} margin={{ left: 8, right: 16, top: 8, bottom: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="day" {...AXIS_PROPS} tickFormatter={(d: string) => d.slice(8)} minTickGap={16} />
        <YAxis
          {...AXIS_PROPS}
          width={80}
          tickFormatter={(v: number) => formatMoney(String(v), budget.currency, 0)}
        />
        <Tooltip formatter={(value, name) => [formatMoney(String(value), budget.currency), String(name)]} />
        <Line
          dataKey="evenRemaining"
          name="Even spend"
          stroke={CHART_COLORS.muted}
          strokeDasharray="4 3"
          dot={false}
        />
        <Line
          dataKey="remaining"
          name="Left (actual)"
          stroke={seriesColor(0)}
          dot={false}
          connectNulls={false}
        />
        <Line
          dataKey="forecastRemaining"
          name="Left (forecast)"
          stroke={seriesColor(1)}
          strokeDasharray="6 3"
          dot={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
