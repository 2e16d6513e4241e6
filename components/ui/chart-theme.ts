/**
 * The one chart theme: series colours are CSS variables (app/globals.css) with a light and a dark
 * value, so a chart follows the page's theme without knowing it.
 */
const SERIES_COLORS = [
  "var(--chart-1)",
  "var(--chart-2)",
  "var(--chart-3)",
  "var(--chart-4)",
  "var(--chart-5)",
  "var(--chart-6)",
  "var(--chart-7)",
  "var(--chart-8)",
] as const;

/** How many series get a colour of their own. */
export const SERIES_COUNT = SERIES_COLORS.length;

/** The colour of the index-th series; past the palette, colours repeat in order. */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] as string;
}

export const CHART_COLORS = {
  muted: "var(--chart-muted)",
  alert: "var(--chart-alert)",
  grid: "var(--chart-grid)",
  axis: "var(--chart-axis)",
} as const;

/** Axis props every chart shares: small ticks in the theme's axis colour. */
export const AXIS_PROPS = {
  fontSize: 11,
  stroke: CHART_COLORS.axis,
  tick: { fill: CHART_COLORS.axis },
} as const;

/** Maps each key to the next series colour, in order: a stable legend for named series. */
export function colorsByKey(keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key, index) => [key, seriesColor(index)]));
}
