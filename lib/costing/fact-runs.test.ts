import { describe, expect, it } from "vitest";
import { Dec } from "../pricing/decimal";
import type { DayCostFact } from "./cost-fact";
import { type CostFactRun, createFactRunBuilder, type DayFactItem } from "./fact-runs";

function fact(day: string, over: Partial<DayCostFact> = {}): DayFactItem {
  return {
    fact: {
      clusterId: "c1",
      day,
      resourceKind: "PersistentVolume",
      resourceUid: "pv-1",
      component: "capacity",
      status: "priced",
      allocation: "allocated",
      namespace: "ml",
      likelyOwnerNamespace: null,
      storageClassName: "gp3",
      category: "block",
      priceEntryId: "p1",
      priceOverrideId: null,
      priceSourceDate: "2026-01-01",
      quantity: new Dec(100),
      unit: "GB_month",
      hours: new Dec(24),
      unitPrice: new Dec("0.08"),
      cost: new Dec("0.258"),
      currency: "USD",
      reason: null,
      detail: {},
      ...over,
    },
  };
}

const signature = ({ fact: f }: DayFactItem) =>
  `${f.resourceUid}|${f.component}|${f.quantity}|${f.hours}|${f.cost}|${f.namespace}`;

function build(
  days: [string, DayFactItem[]][],
): { first: string; last: string; uid: string; quantity: string }[] {
  const runs: CostFactRun[] = [];
  const builder = createFactRunBuilder({ signature, emit: (run) => runs.push(run) });
  for (const [day, items] of days) builder.addDay(day, items);
  builder.finish();
  return runs
    .map((r) => ({
      first: r.fact.day,
      last: r.lastDay,
      uid: r.fact.resourceUid,
      quantity: r.fact.quantity.toFixed(),
    }))
    .sort((a, b) => a.uid.localeCompare(b.uid) || a.first.localeCompare(b.first));
}

describe("createFactRunBuilder", () => {
  it("stores a volume that does not change as one run", () => {
    const days = ["2026-11-01", "2026-11-02", "2026-11-03"].map(
      (d) => [d, [fact(d)]] as [string, DayFactItem[]],
    );
    expect(build(days)).toEqual([{ first: "2026-11-01", last: "2026-11-03", uid: "pv-1", quantity: "100" }]);
  });

  it("starts a new run when anything stored changes, and when the volume comes back after a gap", () => {
    expect(
      build([
        ["2026-11-01", [fact("2026-11-01")]],
        ["2026-11-02", [fact("2026-11-02", { quantity: new Dec(200) })]],
        ["2026-11-03", [fact("2026-11-03", { quantity: new Dec(200) })]],
        ["2026-11-04", []],
        ["2026-11-05", [fact("2026-11-05", { quantity: new Dec(200) })]],
      ]),
    ).toEqual([
      { first: "2026-11-01", last: "2026-11-01", uid: "pv-1", quantity: "100" },
      { first: "2026-11-02", last: "2026-11-03", uid: "pv-1", quantity: "200" },
      { first: "2026-11-05", last: "2026-11-05", uid: "pv-1", quantity: "200" },
    ]);
  });

  it("never lets a run cross into the next month", () => {
    expect(
      build([
        ["2026-10-30", [fact("2026-10-30")]],
        ["2026-10-31", [fact("2026-10-31")]],
        ["2026-11-01", [fact("2026-11-01")]],
      ]),
    ).toEqual([
      { first: "2026-10-30", last: "2026-10-31", uid: "pv-1", quantity: "100" },
      { first: "2026-11-01", last: "2026-11-01", uid: "pv-1", quantity: "100" },
    ]);
  });

  it("keeps each resource component's runs apart", () => {
    const day = (d: string) => [
      fact(d),
      fact(d, { resourceUid: "pv-2", quantity: new Dec(d.endsWith("2") ? 5 : 6) }),
    ];
    expect(
      build([
        ["2026-11-01", day("2026-11-01")],
        ["2026-11-02", day("2026-11-02")],
        ["2026-11-03", day("2026-11-03")],
      ]),
    ).toEqual([
      { first: "2026-11-01", last: "2026-11-03", uid: "pv-1", quantity: "100" },
      { first: "2026-11-01", last: "2026-11-01", uid: "pv-2", quantity: "6" },
      { first: "2026-11-02", last: "2026-11-02", uid: "pv-2", quantity: "5" },
      { first: "2026-11-03", last: "2026-11-03", uid: "pv-2", quantity: "6" },
    ]);
  });

  it("refuses two facts of one component on one day", () => {
    const builder = createFactRunBuilder({ signature, emit: () => {} });
    expect(() =>
      builder.addDay("2026-11-01", [fact("2026-11-01"), fact("2026-11-01", { cost: new Dec(1) })]),
    ).toThrow("two facts for PersistentVolume/pv-1/capacity on 2026-11-01");
  });
});
