import { csvLine } from "../../csv-cell";
import { Dec, toCents } from "../../pricing/decimal";
import { priceCoverage } from "../cost-amount";
import type { ChargebackReport, ReportFigures } from "./chargeback-report";

export const CHARGEBACK_CSV_HEADER = [
  "row_type",
  "month",
  "status",
  "group_by",
  "group_key",
  "group",
  "cluster",
  "namespace",
  "likely_owner_team",
  "currency",
  "volumes",
  "snapshots",
  "total",
  "estimated_included",
  "unpriced_resource_days",
  "coverage",
] as const;

/**
 * The chargeback as CSV, one line per namespace of each team (row_type namespace), each team's
 * total (group-total), each likely owner of unallocated costs (unallocated), their total
 * (unallocated-total) and the report's total (total). Money in cents: the namespace and unallocated
 * lines add up to the total line exactly. estimated_included is the part of total that is modelled
 * (rounded on its own); unpriced resource-days are not in any amount, and a line none of whose
 * costs has a price has blank amounts and coverage "unpriced" (unknown, never 0.00). Facts priced in another
 * currency are in none of those lines: each such currency has a line of its own after the total
 * (other-currency, its total in its own currency), never added to the report's.
 */
export function chargebackCsv(report: ChargebackReport): string {
  const line = (
    rowType: string,
    group: { key: string; name: string } | null,
    place: { cluster: string; namespace: string | null; likelyOwnerTeam: string | null } | null,
    f: ReportFigures,
  ) => {
    const coverage = priceCoverage({ total: f.total.exact, unpricedResourceDays: f.unpricedResourceDays });
    const amounts =
      coverage === "unpriced"
        ? ["", "", "", ""]
        : [f.volumes.cents, f.snapshots.cents, f.total.cents, toCents(new Dec(f.estimated))];
    return csvLine([
      rowType,
      report.month,
      report.status,
      report.by,
      group?.key ?? "",
      group?.name ?? "",
      place?.cluster ?? "",
      place?.namespace ?? "",
      place?.likelyOwnerTeam ?? "",
      report.currency,
      ...amounts,
      String(f.unpricedResourceDays),
      coverage,
    ]);
  };
  const unallocated = { key: "(unallocated)", name: "Unallocated" };
  const lines = [csvLine([...CHARGEBACK_CSV_HEADER])];
  for (const group of report.groups) {
    for (const ns of group.namespaces) {
      lines.push(
        line(
          "namespace",
          group,
          { cluster: ns.clusterName, namespace: ns.namespace, likelyOwnerTeam: null },
          ns,
        ),
      );
    }
    lines.push(line("group-total", group, null, group));
  }
  for (const owner of report.unallocated.owners) {
    lines.push(
      line(
        "unallocated",
        unallocated,
        { cluster: owner.clusterName, namespace: owner.namespace, likelyOwnerTeam: owner.likelyOwnerTeam },
        owner,
      ),
    );
  }
  lines.push(line("unallocated-total", unallocated, null, report.unallocated));
  lines.push(line("total", null, null, report.totals));
  for (const other of report.otherCurrencies) {
    lines.push(
      csvLine([
        "other-currency",
        report.month,
        report.status,
        report.by,
        ...["", "", "", "", ""],
        other.currency,
        "",
        "",
        new Dec(other.total).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2),
        "",
        "",
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}
