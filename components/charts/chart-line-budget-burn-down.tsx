"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
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
    <div style={{ height: 160 }} role="img" aria-label={`Burn-down of ${budget.name}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ left: 8, right: 16, top: 8, bottom: 0 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="day" fontSize={11} tickFormatter={(d: string) => d.slice(8)} minTickGap={16} />
          <YAxis
            fontSize={11}
            width={80}
            tickFormatter={(v: number) => formatMoney(String(v), budget.currency, 0)}
          />
          <Tooltip formatter={(value, name) => [formatMoney(String(value), budget.currency), String(name)]} />
          <Line
            dataKey="evenRemaining"
            name="Even spend"
            stroke="#9ca3af"
            strokeDasharray="4 3"
            dot={false}
          />
          <Line dataKey="remaining" name="Left (actual)" stroke="#1d4ed8" dot={false} connectNulls={false} />
          <Line
            dataKey="forecastRemaining"
            name="Left (forecast)"
            stroke="#f59e0b"
            strokeDasharray="6 3"
            dot={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
