import type { CostWindow } from "@/lib/costing/cost-window";

const monthDay = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const fullDay = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/** "Mar 1 – Mar 31, 2026" (UTC days, both included). */
export function formatWindow(window: CostWindow): string {
  const from = new Date(`${window.from}T00:00:00Z`);
  const to = new Date(`${window.to}T00:00:00Z`);
  if (window.from === window.to) return fullDay.format(to);
  const sameYear = window.from.slice(0, 4) === window.to.slice(0, 4);
  return `${sameYear ? monthDay.format(from) : fullDay.format(from)} – ${fullDay.format(to)}`;
}

/** A ratio as a percentage: 0.1234 → "12.3%". */
export function formatPercent(ratio: number, digits = 1): string {
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** A change ratio with its sign: "+12.3%", "−4.0%"; null (no spend before) → "new". */
export function formatChange(ratio: number | null, total: string): string {
  if (ratio === null) return Number(total) === 0 ? "—" : "new";
  if (ratio === 0) return "0.0%";
  return `${ratio > 0 ? "+" : "−"}${formatPercent(Math.abs(ratio))}`;
}
