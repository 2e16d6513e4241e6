import { exporterMappings } from "./metric-mapping";

// What Tierscope asks a Prometheus server for: one range query per exporter metric it keeps.
// Gauges are queried as they are. Counters are queried as rate(metric[W]) so that what comes back,
// and is stored, is already a per-second rate (bytes/s, ops/s, seconds stalled per second): W is
// 5 minutes, or the step when the step is longer, so consecutive points never leave a gap between
// their windows. A 5-minute window holds enough scrapes at any usual interval (15 s - 1 min) for
// rate() to see the counter move and to handle resets (Prometheus's reset rule).

export const MIN_RATE_WINDOW_MS = 5 * 60_000;

export interface PrometheusQuery {
  sourceMetric: string;
  query: string;
  /** "rate": the query returns a per-second rate of a counter. */
  valueKind: "raw" | "rate";
}

/** `cluster="prod"` or `{cluster="prod"}` as the inside of a selector's braces. */
function matchers(selector: string | undefined): string {
  const inside = (selector ?? "")
    .trim()
    .replace(/^\{([\s\S]*)\}$/, "$1")
    .trim();
  return inside ? `{${inside}}` : "";
}

export function rateWindowSeconds(stepMs: number): number {
  return Math.ceil(Math.max(MIN_RATE_WINDOW_MS, stepMs) / 1000);
}

export function buildPrometheusQueries(options: { stepMs: number; selector?: string }): PrometheusQuery[] {
  const labels = matchers(options.selector);
  const window = `${rateWindowSeconds(options.stepMs)}s`;
  return exporterMappings().map((mapping) =>
    mapping.type === "counter"
      ? {
          sourceMetric: mapping.sourceMetric,
          query: `rate(${mapping.sourceMetric}${labels}[${window}])`,
          valueKind: "rate" as const,
        }
      : {
          sourceMetric: mapping.sourceMetric,
          query: `${mapping.sourceMetric}${labels}`,
          valueKind: "raw" as const,
        },
  );
}
