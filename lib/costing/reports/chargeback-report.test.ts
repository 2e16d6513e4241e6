import { describe, expect, it } from "vitest";
import { Dec, sum } from "../../pricing/decimal";
import { buildChargebackReport, UNALLOCATED_POLICY } from "./chargeback-report";
import { octoberInput } from "./chargeback-test-fixtures";

describe("buildChargebackReport", () => {
  const report = buildChargebackReport(octoberInput());

  it("orders teams by spend, unassigned namespaces after them, and keeps each namespace's volumes and snapshots", () => {
    expect(report.groups.map((g) => [g.name, g.total.cents])).toEqual([
      ["Web", "20.50"],
      ["ML", "14.45"],
      ["No team", "4.44"],
    ]);
    const ml = report.groups[1];
    expect(
      ml?.namespaces.map((n) => [n.clusterName, n.namespace, n.volumes.cents, n.snapshots.cents]),
    ).toEqual([
      ["prod", "ml", "10.01", "1.11"],
      ["lab", "ml", "3.33", "0.00"],
    ]);
    expect(ml?.volumes.exact).toBe("13.3383333333");
    expect(report.groups[0]?.estimated).toBe("0.5");
    expect(report.groups[2]?.unpricedResourceDays).toBe(2);
  });

  it("shows unallocated costs by likely owner with the policy, outside every team", () => {
    expect(report.unallocated.policy).toBe(UNALLOCATED_POLICY);
    expect(report.unallocated.owners).toEqual([
      expect.objectContaining({ clusterName: "prod", namespace: "web", likelyOwnerTeam: "Web" }),
    ]);
    expect(report.unallocated.total.cents).toBe("6.67");
    expect(report.totals.unallocated.cents).toBe("6.67");
  });

  it("adds up to the cent: namespaces to teams, teams and unallocated to the total, the total to the fleet's", () => {
    // Exact 46.0603 → 46.06. Cents by largest remainder: 10.00+1.11+3.33+20.50+4.44+6.66 = 46.04,
    // the two missing cents go to 6.6666666667 (.0066…) and 10.005 (.005).
    expect(report.totals.total.cents).toBe("46.06");
    expect(report.totals.volumes.cents).toBe("44.95");
    expect(report.totals.snapshots.cents).toBe("1.11");
    for (const group of report.groups) {
      expect(sum(group.namespaces.map((n) => new Dec(n.total.cents))).toFixed(2)).toBe(group.total.cents);
    }
    const parts = [...report.groups.map((g) => g.total.cents), report.unallocated.total.cents];
    expect(sum(parts.map((p) => new Dec(p))).toFixed(2)).toBe("46.06");
    expect(new Dec(report.totals.allocated.cents).plus(report.totals.unallocated.cents).toFixed(2)).toBe(
      "46.06",
    );
    expect(report.reconciliation).toEqual({
      fleetTotal: "46.0603",
      partsTotal: "46.0603",
      difference: "0",
      reconciles: true,
    });
  });

  it("says when the parts do not reconcile with the fleet total, and labels an open month preliminary", () => {
    const open = buildChargebackReport(octoberInput({ close: null, fleetTotal: "50" }));
    expect(open.status).toBe("preliminary");
    expect(open.closedAt).toBeNull();
    expect(open.reconciliation).toMatchObject({ difference: "3.9397", reconciles: false });
    expect(report.status).toBe("closed");
    expect(report.window).toEqual({ from: "2026-10-01", to: "2026-10-31" });
  });

  it("is empty, with zero totals, for a month without facts", () => {
    const empty = buildChargebackReport(octoberInput({ lines: [], fleetTotal: "0" }));
    expect(empty.groups).toEqual([]);
    expect(empty.totals.total).toEqual({ exact: "0", cents: "0.00" });
    expect(empty.reconciliation.reconciles).toBe(true);
  });
});
