import { describe, expect, it } from "vitest";
import { Dec, sum } from "../../pricing/decimal";
import { parseCsv } from "../../testing/parse-csv";
import { chargebackCsv } from "./chargeback-csv";
import { buildChargebackReport, type ChargebackLine } from "./chargeback-report";
import { octoberInput } from "./chargeback-test-fixtures";

describe("chargebackCsv", () => {
  const rows = parseCsv(chargebackCsv(buildChargebackReport(octoberInput())));

  it("has a line per namespace, per team, per likely owner, and the total, in cents with the currency", () => {
    expect(rows.map((r) => [r.row_type, r.group, r.cluster, r.namespace, r.total])).toEqual([
      ["namespace", "Web", "prod", "web", "20.50"],
      ["group-total", "Web", "", "", "20.50"],
      ["namespace", "ML", "prod", "ml", "11.12"],
      ["namespace", "ML", "lab", "ml", "3.33"],
      ["group-total", "ML", "", "", "14.45"],
      ["namespace", "No team", "prod", "ops", "4.44"],
      ["group-total", "No team", "", "", "4.44"],
      ["unallocated", "Unallocated", "prod", "web", "6.67"],
      ["unallocated-total", "Unallocated", "", "", "6.67"],
      ["total", "", "", "", "46.06"],
    ]);
    expect(new Set(rows.map((r) => r.currency))).toEqual(new Set(["USD"]));
    expect(rows[0]).toMatchObject({
      month: "2026-10",
      status: "closed",
      group_by: "team",
      estimated_included: "0.50",
    });
    expect(rows[7]?.likely_owner_team).toBe("Web");
  });

  it("states each other currency's total on a line of its own, in that currency, added to nothing", () => {
    const report = buildChargebackReport(
      octoberInput({
        otherCurrencies: [
          { currency: "EUR", total: "7.775" },
          { currency: "GBP", total: "0.5" },
        ],
      }),
    );
    const lines = parseCsv(chargebackCsv(report));
    expect(lines.slice(0, -2)).toEqual(rows);
    expect(lines.slice(-2).map((r) => [r.row_type, r.currency, r.volumes, r.snapshots, r.total])).toEqual([
      ["other-currency", "EUR", "", "", "7.78"],
      ["other-currency", "GBP", "", "", "0.50"],
    ]);
  });

  it("adds up: namespace and unallocated lines to the total line, volumes + snapshots to each total", () => {
    const leaves = rows.filter((r) => r.row_type === "namespace" || r.row_type === "unallocated");
    const total = rows.find((r) => r.row_type === "total");
    for (const column of ["volumes", "snapshots", "total"] as const) {
      expect(sum(leaves.map((r) => new Dec(r[column] ?? "0"))).toFixed(2), column).toBe(total?.[column]);
    }
    for (const r of rows) {
      expect(new Dec(r.volumes ?? "0").plus(r.snapshots ?? "0").toFixed(2)).toBe(r.total);
    }
  });

  it("keeps a chargeback's hostile team name as text and its amounts as numbers", () => {
    const input = octoberInput();
    const report = buildChargebackReport({
      ...input,
      lines: input.lines.map((l: ChargebackLine) =>
        l.groupKey === "web" ? { ...l, groupKey: "@web", groupName: '=HYPERLINK("http://x.example")' } : l,
      ),
    });
    const web = parseCsv(chargebackCsv(report)).find(
      (r) => r.row_type === "group-total" && r.group_key === "'@web",
    );
    expect(web).toMatchObject({ group: '\'=HYPERLINK("http://x.example")', total: "20.50" });
  });
});
