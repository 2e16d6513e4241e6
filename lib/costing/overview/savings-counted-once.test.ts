import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import type { Recommendation } from "../recommendations/recommendation";
import type { WasteFinding } from "../waste/finding";
import { savingsCountedOnce } from "./savings-counted-once";

const GIB = 1024n ** 3n;

function finding(data: Partial<WasteFinding> & Pick<WasteFinding, "kind" | "uid">): WasteFinding {
  return {
    rule: "released-volume",
    clusterId: "c1",
    clusterName: "eks",
    namespace: null,
    name: data.uid,
    subjectKey: `c1/${data.kind}/${data.uid}`,
    owner: { allocation: "unallocated", namespace: null, team: null },
    since: new Date(0),
    ageDays: 10,
    cost: { status: "priced", monthlyCost: new Dec("40"), currency: "USD", basis: "500 GiB gp3" },
    evidence: [],
    fix: { summary: "", command: "", language: "shell" },
    ...data,
  } as WasteFinding;
}

function recommendation(
  netMonthlyValue: string | null,
  volumes: { uid: string; gib: bigint; claimName?: string }[],
): Recommendation {
  return {
    rule: "gp2-to-gp3",
    clusterId: "c1",
    clusterName: "eks",
    namespace: "ml",
    name: "data",
    subjectKey: "c1/recommendation/data",
    owner: { allocation: "allocated", namespace: "ml", team: null },
    volumes: volumes.map((v) => ({
      name: v.uid,
      uid: v.uid,
      claimNamespace: "ml",
      claimName: v.claimName ?? null,
      capacityBytes: v.gib * GIB,
      usedBytes: null,
    })),
    netMonthlyValue: netMonthlyValue === null ? null : new Dec(netMonthlyValue),
  } as unknown as Recommendation;
}

describe("savingsCountedOnce", () => {
  it("adds waste and recommendations on different volumes in full", () => {
    const result = savingsCountedOnce(
      [finding({ kind: "PersistentVolume", uid: "pv-a" })],
      [recommendation("10", [{ uid: "pv-b", gib: 100n }])],
    );
    expect(result.waste.monthlyCost.toFixed(2)).toBe("40.00");
    expect(result.savings.monthlyCost.toFixed(2)).toBe("10.00");
    expect(result.savings.overlappingVolumes).toBe(0);
  });

  it("waste wins: a recommendation on a volume that is waste saves nothing more", () => {
    const result = savingsCountedOnce(
      [finding({ kind: "PersistentVolume", uid: "pv-a" })],
      [recommendation("10", [{ uid: "pv-a", gib: 100n }])],
    );
    expect(result.waste.monthlyCost.toFixed(2)).toBe("40.00");
    expect(result.savings.monthlyCost.toFixed(2)).toBe("0.00");
    expect(result.savings.overlappingVolumes).toBe(1);
    expect(result.savings.leftOutForWaste.toFixed(2)).toBe("10.00");
  });

  it("matches a claim that is waste to the recommended volume it is bound to", () => {
    const result = savingsCountedOnce(
      [finding({ kind: "PersistentVolumeClaim", uid: "claim-uid", namespace: "ml", name: "data" })],
      [recommendation("10", [{ uid: "pv-x", gib: 100n, claimName: "data" }])],
    );
    expect(result.savings.monthlyCost.toFixed(2)).toBe("0.00");
  });

  it("leaves out only the waste volumes' share, by capacity, of a recommendation of several volumes", () => {
    const result = savingsCountedOnce(
      [finding({ kind: "PersistentVolume", uid: "pv-a" })],
      [
        recommendation("30", [
          { uid: "pv-a", gib: 100n },
          { uid: "pv-b", gib: 200n },
        ]),
      ],
    );
    expect(result.savings.monthlyCost.toFixed(2)).toBe("20.00");
    expect(result.savings.leftOutForWaste.toFixed(2)).toBe("10.00");
  });

  it("counts unpriced findings and recommendations apart, never as $0", () => {
    const result = savingsCountedOnce(
      [
        finding({ kind: "PersistentVolume", uid: "pv-a" }),
        finding({
          kind: "PersistentVolume",
          uid: "pv-u",
          cost: { status: "unpriced", monthlyCost: null, currency: "USD", basis: "no price" },
        }),
      ],
      [recommendation(null, [{ uid: "pv-c", gib: 10n }]), recommendation("-5", [{ uid: "pv-d", gib: 10n }])],
    );
    expect(result.waste).toMatchObject({ count: 2, unpricedCount: 1 });
    expect(result.waste.monthlyCost.toFixed(2)).toBe("40.00");
    expect(result.savings).toMatchObject({ count: 0, unpricedCount: 1 });
  });
});
