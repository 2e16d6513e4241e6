import { describe, expect, it } from "vitest";
import { detectReleasedVolumes } from "./released-volumes";
import { claim, context, daysAgo, inventory, NOW, volume } from "./waste-test-fixtures";

const released = (data: Parameters<typeof volume>[0]) =>
  volume({ phase: "Released", claimNamespace: "ml", claimName: "data-0", ...data });

describe("released volumes", () => {
  it("reports a Released volume with its likely owner, age, list price and the commands to remove it", () => {
    const pv = released({ name: "pv-a", lastPhaseTransitionAt: daysAgo(43.5) });
    const [finding, ...rest] = detectReleasedVolumes(inventory({ volumes: [pv] }), context());
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      rule: "released-volume",
      kind: "PersistentVolume",
      name: "pv-a",
      subjectKey: "c1/PersistentVolume/uid-pv-a",
      owner: { allocation: "unallocated", namespace: "ml", team: "Vision" },
      ageDays: 43,
      cost: { status: "priced", currency: "USD" },
    });
    // 500 GiB of gp3 at $0.08 per GiB-month.
    expect(finding?.cost.monthlyCost?.toFixed()).toBe("40");
    expect(finding?.fix.command).toContain("kubectl delete pv pv-a");
    expect(finding?.fix.command).toContain("aws ec2 delete-volume --volume-id vol-pv-a");
    expect(finding?.evidence.map((e) => e.label)).toEqual([
      "Phase",
      "Former claim",
      "Capacity",
      "Storage class",
      "Reclaim policy",
      "Cloud volume",
    ]);
  });

  it("has no age threshold: a volume released an hour ago is already waste", () => {
    const pv = released({ name: "pv-new", lastPhaseTransitionAt: new Date(NOW.getTime() - 3_600_000) });
    expect(detectReleasedVolumes(inventory({ volumes: [pv] }), context())).toHaveLength(1);
  });

  it("ignores Bound volumes and volumes already deleted", () => {
    const volumes = [volume({ name: "pv-bound" }), released({ name: "pv-gone", deletedAt: daysAgo(1) })];
    expect(detectReleasedVolumes(inventory({ volumes }), context())).toEqual([]);
  });

  it("dates the release from the former claim's deletion when the transition time is unknown", () => {
    const formerClaim = claim({ name: "data-0", createdAt: daysAgo(200), deletedAt: daysAgo(50) });
    const pv = released({ name: "pv-b" });
    const [finding] = detectReleasedVolumes(inventory({ volumes: [pv], claims: [formerClaim] }), context());
    expect(finding?.ageDays).toBe(50);
    expect(finding?.evidence.find((e) => e.label === "Former claim")?.value).toMatch(/ml\/data-0, deleted/);
  });

  it("shows a volume with no known price as unpriced, never $0", () => {
    const pv = released({ name: "pv-c", storageClassName: "mystery", csiDriver: "example.com/array" });
    const [finding] = detectReleasedVolumes(inventory({ volumes: [pv] }), context());
    expect(finding?.cost.status).toBe("unpriced");
    expect(finding?.cost.monthlyCost).toBeNull();
  });
});
