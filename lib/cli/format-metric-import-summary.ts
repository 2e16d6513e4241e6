import type { MetricFileFormat } from "../ingest/metrics/detect-metric-file-format";
import type { MetricImportTotals } from "../ingest/metrics/import-tally";

export type MetricImportSource =
  | { kind: "files"; files: { path: string; format: MetricFileFormat }[] }
  | { kind: "prometheus"; url: string; from: string; to: string; stepSeconds: number; queries: number };

export interface MetricImportSummary extends MetricImportTotals {
  clusterName: string;
  source: MetricImportSource;
}

const MAX_IGNORED_SHOWN = 8;
const MAX_INVALID_SHOWN = 20;

const n = (value: number) => value.toLocaleString("en-US");

function table(rows: (string | number)[][]): string[] {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === "number" ? n(cell) : cell)));
  const widths = (cells[0] ?? []).map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  return cells.map((row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "),
  );
}

/** The end-of-import report as text: a table by metric, then what was skipped or ignored and why. */
export function formatMetricImportSummary(summary: MetricImportSummary): string {
  const out: string[] = [];
  const { source } = summary;
  out.push(
    source.kind === "files"
      ? `Metrics for cluster ${summary.clusterName} from ${source.files.length} file(s): ${n(summary.read)} samples read`
      : `Metrics for cluster ${summary.clusterName} from ${source.url} (${source.from} to ${source.to}, step ${source.stepSeconds} s, ${source.queries} queries): ${n(summary.read)} samples read`,
  );
  out.push(
    ...table([
      ["metric", "series new", "existing", "samples new", "duplicate", "skipped"],
      ...summary.byMetric.map((m) => [
        m.metric,
        m.series.new,
        m.series.existing,
        m.samples.new,
        m.samples.duplicate,
        m.samples.skipped,
      ]),
      [
        "total",
        summary.series.new,
        summary.series.existing,
        summary.samples.new,
        summary.samples.duplicate,
        summary.samples.skipped,
      ],
    ]),
  );
  const reasons: [number, string][] = [
    [summary.skipped["non-finite"], "NaN or infinite"],
    [summary.skipped["out-of-range"], "out of range"],
    [summary.skipped["counter-baseline"], "first sample of a counter (no rate yet)"],
    [summary.skipped["no-pod"], "cgroup outside any pod"],
    [summary.skipped.invalid, "invalid"],
  ];
  const skipped = reasons.filter(([count]) => count > 0).map(([count, why]) => `${n(count)} ${why}`);
  if (skipped.length > 0) out.push(`Skipped: ${skipped.join(", ")}`);
  const { ignored } = summary;
  if (ignored.samples > 0) {
    const names = ignored.metrics.slice(0, MAX_IGNORED_SHOWN).map((m) => `${m.name} ${n(m.samples)}`);
    const more =
      ignored.metricCount > names.length ? `, … ${n(ignored.metricCount - names.length)} more` : "";
    out.push(
      `Ignored ${n(ignored.samples)} samples of ${n(ignored.metricCount)} metric(s) Tierscope does not keep: ${names.join(", ")}${more}`,
    );
  }
  if (summary.invalid.count > 0) {
    out.push(`Invalid records skipped (--skip-invalid): ${n(summary.invalid.count)}`);
    for (const line of summary.invalid.listed.slice(0, MAX_INVALID_SHOWN)) out.push(`  ${line}`);
    if (summary.invalid.count > MAX_INVALID_SHOWN)
      out.push(`  … and ${n(summary.invalid.count - MAX_INVALID_SHOWN)} more`);
  }
  if (summary.warnings.length > 0) {
    out.push("Warnings from Prometheus:");
    for (const warning of summary.warnings) out.push(`  ${warning}`);
  }
  return out.join("\n");
}
