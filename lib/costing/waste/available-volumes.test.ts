import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../day-window";
import { detectAvailableVolumes } from "./available-volumes";
import { context, inventory, NOW, volume } from "./waste-test-fixtures";

const availableSince = (ms: number, data: Partial<Parameters<typeof volume>[0]> = {}) =>
  volume({ name: "pv-spare", phase: "Available", createdAt: new Date(NOW.getTime() - ms), ...data });

describe("available volumes", () => {
  it("does not fire at exactly the threshold, and fires just past it", () => {
    const at = availableSince(7 * MS_PER_DAY);
    const past = availableSince(7 * MS_PER_DAY + 1000);
    expect(detectAvailableVolumes(inventory({ volumes: [at] }), context())).toEqual([]);
    const [finding] = detectAvailableVolumes(inventory({ volumes: [past] }), context());
    expect(finding).toMatchObject({
      rule: "available-volume",
      ageDays: 7,
      owner: { allocation: "unallocated" },
    });
    expect(finding?.cost.monthlyCost?.toFixed()).toBe("40");
    expect(finding?.fix.command).toContain("kubectl delete pv pv-spare");
  });

  it("counts from the last phase transition when it is known, not from creation", () => {
    const pv = availableSince(60 * MS_PER_DAY, {
      lastPhaseTransitionAt: new Date(NOW.getTime() - 3 * MS_PER_DAY),
    });
    expect(detectAvailableVolumes(inventory({ volumes: [pv] }), context())).toEqual([]);
  });

  it("reads its threshold from the settings", () => {
    const pv = availableSince(5 * MS_PER_DAY);
    expect(detectAvailableVolumes(inventory({ volumes: [pv] }), context({ availableDays: 4 }))).toHaveLength(
      1,
    );
  });

  it("leaves out local disks, which a static provisioner keeps Available by design", () => {
    const pv = availableSince(60 * MS_PER_DAY, {
      storageClassName: "local-nvme",
      csiDriver: null,
      volumeHandle: null,
    });
    expect(detectAvailableVolumes(inventory({ volumes: [pv] }), context())).toEqual([]);
  });
});
