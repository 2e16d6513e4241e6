import { csvCell } from "../../csv-cell";
import { dec, toCents } from "../../pricing/decimal";
import type { WasteFindingDto } from "./serialize-finding";

export const WASTE_CSV_COLUMNS = [
  "rule",
  "cluster",
  "kind",
  "namespace",
  "name",
  "uid",
  "owner_allocation",
  "owner_namespace",
  "owner_team",
  "since",
  "age_days",
  "monthly_cost",
  "currency",
  "cost_status",
  "cost_basis",
  "evidence",
  "fix_summary",
  "fix_command",
  "dismissed",
] as const;

/** One RFC 4180 field, guarded against formula injection (a finding's text never runs in a spreadsheet). */
function field(value: string | number | boolean | null): string {
  return csvCell(value === null ? null : String(value));
}

/** One row per finding with every column; money rounded to cents as a decimal string beside its currency. */
export function wasteFindingsCsv(findings: WasteFindingDto[]): string {
  const rows = findings.map((f) =>
    [
      field(f.rule),
      field(f.clusterName),
      field(f.kind),
      field(f.namespace),
      field(f.name),
      field(f.uid),
      field(f.owner.allocation),
      field(f.owner.namespace),
      field(f.owner.team),
      field(f.since),
      field(f.ageDays),
      // Empty when unpriced: an unknown price is not $0.
      field(f.cost.monthlyCost === null ? null : toCents(dec(f.cost.monthlyCost))),
      field(f.cost.currency),
      field(f.cost.status),
      field(f.cost.basis),
      field(f.evidence.map((e) => `${e.label}: ${e.value}`).join("; ")),
      field(f.fix.summary),
      field(f.fix.command),
      field(f.dismissed),
    ].join(","),
  );
  return `${[WASTE_CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
