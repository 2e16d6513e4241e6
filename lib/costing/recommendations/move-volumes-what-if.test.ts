import { describe, expect, it } from "vitest";
import { boundPair } from "../waste/waste-test-fixtures";
import { moveVolumesWhatIf, WhatIfInputError } from "./move-volumes-what-if";
import { context, GIB, oneClaim } from "./recommendation-test-fixtures";

const gp2 = { name: "gp2", provisioner: "ebs.csi.aws.com", parameters: { type: "gp2" } };
const gp3 = { name: "gp3", provisioner: "ebs.csi.aws.com", parameters: { type: "gp3" } };
const mystery = { name: "array", provisioner: "example.com/array", parameters: {} };

function cluster() {
  const base = oneClaim({ provider: "aws", storageClass: gp2, gi: 500 });
  const other = boundPair("logs", {
    claim: { storageClassName: "gp2", capacityBytes: 120n * GIB },
    volume: { storageClassName: "gp2", capacityBytes: 120n * GIB, zone: "us-east-1a" },
  });
  return {
    ...base,
    storageClasses: [gp2, gp3, mystery],
    claims: [...base.claims, other.claim],
    volumes: [...base.volumes, other.volume],
  };
}

describe("what-if: move volumes to another StorageClass", () => {
  it("prices 500 GiB + 120 GiB of gp2 on gp3, to the cent: $62.00 → $49.60", () => {
    const result = moveVolumesWhatIf(cluster(), context(), {
      volumes: ["pv-data", "pv-logs"],
      storageClass: "gp3",
    });
    expect(result.before?.toFixed(2)).toBe("62.00");
    expect(result.after?.toFixed(2)).toBe("49.60");
    expect(result.savings?.toFixed(2)).toBe("12.40");
    expect(
      result.volumes.map((v) => [
        v.name,
        v.before.cost.monthlyCost?.toFixed(),
        v.after.cost.monthlyCost?.toFixed(),
      ]),
    ).toEqual([
      ["pv-data", "50", "40"],
      ["pv-logs", "12", "9.6"],
    ]);
    expect(result.unpricedVolumes).toBe(0);
    const twice = moveVolumesWhatIf(cluster(), context(), {
      volumes: ["pv-data", "pv-data"],
      storageClass: "gp3",
    });
    expect([twice.volumes.length, twice.before?.toFixed(2)]).toEqual([1, "50.00"]);
  });

  it("counts volumes whose target has no price, and leaves them out of the sums: none priced is unpriced, not $0", () => {
    const result = moveVolumesWhatIf(cluster(), context(), { volumes: ["pv-data"], storageClass: "array" });
    expect(result.unpricedVolumes).toBe(1);
    expect([result.before, result.after, result.savings]).toEqual([null, null, null]);
    expect(result.volumes[0]?.after.cost).toMatchObject({ status: "unpriced", monthlyCost: null });
  });

  it("names the field of a volume or class it does not know", () => {
    expect(() =>
      moveVolumesWhatIf(cluster(), context(), {
        volumes: ["pv-data", "pv-data", "nope"],
        storageClass: "gp3",
      }),
    ).toThrow(new WhatIfInputError('volumes[2]: cluster eks has no live PersistentVolume "nope"'));
    expect(() =>
      moveVolumesWhatIf(cluster(), context(), { volumes: ["pv-data"], storageClass: "gold" }),
    ).toThrow('storageClass: cluster eks has no StorageClass "gold"');
  });
});
