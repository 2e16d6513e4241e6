import type { CostsBroughtUpToDate } from "../services/costs/bring-costs-up-to-date";
import type { ImportSummary } from "../services/ingest/import-kube-objects";

const MAX_SKIPS_SHOWN = 20;

function costsLine(costs: CostsBroughtUpToDate): string {
  return costs.from === null
    ? "Costs: no cluster to compute."
    : `Costs: ${costs.facts} fact(s) computed for ${costs.from} to ${costs.to}.`;
}

/** The end-of-import report: a table by kind, then what was skipped and why, then the costs computed. */
export function printImportSummary(
  summary: ImportSummary,
  costs: CostsBroughtUpToDate | undefined,
  format: "table" | "json",
): void {
  if (format === "json") {
    console.log(JSON.stringify({ ...summary, costs }, null, 2));
    return;
  }
  if (summary.duplicateOf) {
    console.log(
      `Already imported (observation ${summary.duplicateOf}, ${summary.observedAt}): no object changed.`,
    );
    if (costs) console.log(costsLine(costs));
    return;
  }
  console.log(`Observation ${summary.observationId} of ${summary.clusterName} at ${summary.observedAt}`);
  const header = ["kind", "complete", "seen", "new", "changed", "deleted", "skipped"];
  const rows = summary.kinds
    .filter((k) => k.seen + k.skipped + k.deleted > 0 || k.error)
    .map((k) => [
      k.kind,
      k.complete ? (k.namespaces.length > 0 ? `in ${k.namespaces.length} ns` : "yes") : "no",
      k.seen,
      k.new,
      k.changed,
      k.deleted,
      k.skipped,
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) =>
    cells
      .map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0)))
      .join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const k of summary.kinds.filter((kind) => kind.error)) console.log(`${k.kind}: ${k.error}`);
  const ignored = Object.entries(summary.ignoredKinds);
  if (ignored.length > 0) console.log(`Not kept: ${ignored.map(([kind, n]) => `${n} ${kind}`).join(", ")}`);
  if (summary.skipped.length > 0) {
    console.log(`Skipped ${summary.skipped.length} invalid object(s):`);
    for (const skip of summary.skipped.slice(0, MAX_SKIPS_SHOWN)) console.log(`  ${skip.reason}`);
    if (summary.skipped.length > MAX_SKIPS_SHOWN)
      console.log(`  … and ${summary.skipped.length - MAX_SKIPS_SHOWN} more`);
  }
  if (costs) console.log(costsLine(costs));
}
