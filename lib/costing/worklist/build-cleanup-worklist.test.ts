import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { savingsCountedOnce } from "../overview/savings-counted-once";
import type { Recommendation } from "../recommendations/recommendation";
import type { WasteFinding } from "../waste/finding";
import { buildCleanupWorklist } from "./build-cleanup-worklist";

const GIB = 1024n ** 3n;

function finding(uid: string, monthlyCost: string | null, basis = "500 GiB gp3 at list price"): WasteFinding {
  return {
    rule: "released-volume",
    clusterId: "c1",
    clusterName: "eks",
    kind: "PersistentVolume",
    namespace: null,
    name: uid,
    uid,
    subjectKey: `c1/PersistentVolume/${uid}`,
    owner: { allocation: "unallocated", namespace: null, team: null },
    since: new Date(Date.UTC(2026, 10, 1)),
    ageDays: 10,
    cost: {
      status: monthlyCost === null ? "unpriced" : "priced",
      monthlyCost: monthlyCost === null ? null : new Dec(monthlyCost),
      currency: "USD",
      basis,
    },
    evidence: [{ label: "Released since", value: "2026-11-01" }],
    fix: { summary: "Delete the volume", command: "kubectl delete pv", language: "shell" },
  };
}

function recommendation(
  name: string,
  value: string,
  volumes: { uid: string; gib: bigint }[],
): Recommendation {
  return {
    rule: "gp2-to-gp3",
    clusterId: "c1",
    clusterName: "eks",
    namespace: "ml",
    name,
    subjectKey: `c1/recommendation/${name}`,
    owner: { allocation: "allocated", namespace: "ml", team: null },
    volumes: volumes.map((v) => ({
      name: v.uid,
      uid: v.uid,
      claimNamespace: "ml",
      claimName: `claim-${v.uid}`,
      capacityBytes: v.gib * GIB,
      usedBytes: null,
    })),
    savings: { status: "priced", monthlyCost: new Dec(value), currency: "USD", basis: "gp2 to gp3" },
    netMonthlyValue: new Dec(value),
    evidence: [],
    fix: { summary: "Move to gp3", command: "", language: "yaml" },
  } as unknown as Recommendation;
}

const FINDINGS = [finding("pv-a", "40"), finding("pv-b", null), finding("pv-c", "300")];
const RECOMMENDATIONS = [
  // Half of its capacity is waste (pv-a): half its value is left to waste.
  recommendation("mixed", "20", [
    { uid: "pv-a", gib: 100n },
    { uid: "pv-d", gib: 100n },
  ]),
  recommendation("all-waste", "50", [{ uid: "pv-c", gib: 100n }]),
  recommendation("clean", "70", [{ uid: "pv-e", gib: 100n }]),
];

describe("buildCleanupWorklist", () => {
  const worklist = buildCleanupWorklist(FINDINGS, RECOMMENDATIONS);

  it("gives each volume one verdict, waste winning", () => {
    const volumes = worklist.rows.flatMap((row) => row.volumes.map((v) => v.name));
    expect(new Set(volumes).size).toBe(volumes.length);
    expect(worklist.rows.find((row) => row.name === "all-waste")).toBeUndefined();
    expect(worklist.rows.find((row) => row.name === "mixed")?.volumes).toEqual([
      { name: "claim-pv-d", namespace: "ml", uid: "pv-d" },
    ]);
  });

  it("ranks by money across rules, unpriced last", () => {
    expect(worklist.rows.map((row) => [row.name, row.monthlyValue?.toFixed(2) ?? null])).toEqual([
      ["pv-c", "300.00"],
      ["clean", "70.00"],
      ["pv-a", "40.00"],
      ["mixed", "10.00"],
      ["pv-b", null],
    ]);
    expect(worklist.unpricedCount).toBe(1);
  });

  it("totals waste plus recommendation savings with no volume twice, as the Overview does", () => {
    const overview = savingsCountedOnce(FINDINGS, RECOMMENDATIONS);
    expect(worklist.totals.map((t) => [t.currency, t.monthlyValue.toFixed(2)])).toEqual([["USD", "420.00"]]);
    expect(overview.waste.monthlyCost.plus(overview.savings.monthlyCost).toFixed(2)).toBe("420.00");
  });

  it("puts the figure's make-up first in the evidence", () => {
    expect(worklist.rows[0]?.evidence[0]).toEqual({ label: "Cost", value: "500 GiB gp3 at list price" });
  });

  it("names a waste volume by its claim, keeping its PV uid for the links", () => {
    const released = { ...finding("pv-z", "5"), claim: "ml/data-db-0" };
    expect(buildCleanupWorklist([released], []).rows[0]?.volumes).toEqual([
      { name: "data-db-0", namespace: "ml", uid: "pv-z" },
    ]);
  });
});
