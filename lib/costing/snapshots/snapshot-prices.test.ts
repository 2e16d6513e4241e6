import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { computeSnapshotDayFacts } from ".";
import { catalog, content, costingInput, GIB, totalCost, utc } from "./snapshot-test-helpers";

describe("archive tier", () => {
  // Archived = a full copy of the used bytes: 500 GiB at EBS:SnapshotArchiveStorage $0.0125/GB-month
  // (bundled, in force from 2026-11-21). December has 744 h:
  //   one day: 500 × 0.0125 × 24/744 = $0.2016… → $0.20; the month: 500 × 0.0125 = $6.25.
  const archived = content("a", { creationTime: utc(12, 1), storageTier: "archive" });

  it("is priced with the archive price, as a full copy", () => {
    const [day] = computeSnapshotDayFacts(costingInput([archived]), { from: "2026-12-02", to: "2026-12-02" });
    expect(day).toMatchObject({ component: "snapshot_archive", status: "estimated" });
    expect(day?.unitPrice?.toFixed()).toBe("0.0125");
    expect(day?.quantity.toFixed()).toBe("500");
    expect(day?.cost?.toFixed(2)).toBe("0.20");
    const month = computeSnapshotDayFacts(costingInput([archived]), { from: "2026-12-01", to: "2026-12-31" });
    expect(totalCost(month).toFixed(2)).toBe("6.25");
  });

  // Deleted Dec 30 12:00 after 29.5 days: 60.5 of the 90 days remain = 1,452 h, charged at once:
  //   early deletion 500 × 0.0125 × 1,452/744 = $12.1976…; storage that day 500 × 0.0125 × 12/744 = $0.1008…
  //   the day's fact: $12.2984… → $12.30
  it("charges the rest of EBS's 90-day minimum pro rata when deleted early", () => {
    const deleted = { ...archived, deletedAt: utc(12, 30, 12) };
    const [fact] = computeSnapshotDayFacts(costingInput([deleted]), { from: "2026-12-30", to: "2026-12-30" });
    expect(fact?.hours.toFixed()).toBe("12");
    expect(fact?.cost?.toFixed(2)).toBe("12.30");
    expect(fact?.detail.earlyDeletion).toMatchObject({
      minimumDays: 90,
      remainingHours: "1452.0000",
      note: expect.stringContaining("pro rata"),
    });
  });

  // Deleted Dec 31 00:00 after 30 days: the charge lands on Dec 30, its last day. 60 days = 1,440 h:
  //   500 × 0.0125 × 1,440/744 = $12.0968 + a full day 500 × 0.0125 × 24/744 = $0.2016 → $12.30
  it("charges an archive deleted at midnight on its last day", () => {
    const deleted = { ...archived, deletedAt: utc(12, 31) };
    const facts = computeSnapshotDayFacts(costingInput([deleted]), { from: "2026-12-30", to: "2026-12-31" });
    expect(facts).toHaveLength(1);
    expect(facts[0]?.detail.earlyDeletion).toMatchObject({ remainingHours: "1440.0000" });
    expect(facts[0]?.cost?.toFixed(2)).toBe("12.30");
  });

  it("is priced before its check date: the bundled price is in force since at least then", () => {
    const early = { ...archived, creationTime: utc(11, 1) };
    const [fact] = computeSnapshotDayFacts(costingInput([early]), { from: "2026-11-02", to: "2026-11-02" });
    expect(fact).toMatchObject({ status: "estimated", component: "snapshot_archive" });
    expect(fact?.cost?.gt(0)).toBe(true);
  });

  it("is unpriced before a price with a stated effective date takes effect, never $0", () => {
    const early = { ...archived, creationTime: utc(11, 1) };
    const datedCatalog = catalog.map((price) =>
      price.component === "snapshot_archive"
        ? { ...price, effectiveFrom: "2026-11-21", inForceSinceAtLeast: null }
        : price,
    );
    const [fact] = computeSnapshotDayFacts(costingInput([early], { catalog: datedCatalog }), {
      from: "2026-11-02",
      to: "2026-11-02",
    });
    expect(fact).toMatchObject({ status: "unpriced", cost: null, component: "snapshot_archive" });
    expect(fact?.reason).toContain("the earliest known price starts 2026-11-21");
  });
});

describe("unknown prices", () => {
  it("is unpriced with the reason in a region with no snapshot price", () => {
    const snap = content("a", { creationTime: utc(11, 1), driver: "pd.csi.storage.gke.io" });
    const input = costingInput([snap], {
      provider: "gcp",
      region: "europe-west4",
      storageClasses: new Map([
        ["gp3", { name: "gp3", provisioner: "pd.csi.storage.gke.io", parameters: {} }],
      ]),
    });
    input.volumes = input.volumes.map((v) => ({
      ...v,
      zone: "europe-west4-a",
      csiDriver: "pd.csi.storage.gke.io",
    }));
    const [fact] = computeSnapshotDayFacts(input, { from: "2026-11-02", to: "2026-11-02" });
    expect(fact).toMatchObject({ status: "unpriced", cost: null });
    expect(fact?.reason).toContain("no snapshot_standard price for PD snapshots (regional) in europe-west4");
  });

  it("is unpriced for a driver with no snapshot model", () => {
    const snap = content("a", { creationTime: utc(11, 1), driver: "hostpath.csi.k8s.io" });
    const input = costingInput([snap], { storageClasses: new Map(), volumes: [] });
    const [fact] = computeSnapshotDayFacts(input, { from: "2026-11-02", to: "2026-11-02" });
    expect(fact).toMatchObject({ status: "unpriced", cost: null });
    expect(fact?.reason).toContain("no snapshot price model for hostpath.csi.k8s.io");
  });

  // Azure bills snapshots per GB (10^9 bytes) at $0.05/GB-month (in force from 2026-11-21) over 730 h:
  //   100 GiB = 107.3741824 GB; one day: 107.3741824 × 0.05 × 24/730 = $0.1765… → $0.18
  it("uses the catalog's unit: GB on Azure, prorated over 730 h", () => {
    const snap = content("a", {
      creationTime: utc(12, 1),
      driver: "disk.csi.azure.com",
      storedBytes: 100n * GIB,
    });
    const input = costingInput([snap], {
      provider: "azure",
      region: "eastus",
      storageClasses: new Map([["gp3", { name: "gp3", provisioner: "disk.csi.azure.com", parameters: {} }]]),
    });
    input.volumes = input.volumes.map((v) => ({
      ...v,
      zone: null,
      region: "eastus",
      csiDriver: "disk.csi.azure.com",
    }));
    const [fact] = computeSnapshotDayFacts(input, { from: "2026-12-02", to: "2026-12-02" });
    expect(fact).toMatchObject({ unit: "GB_month", status: "priced" });
    expect(fact?.quantity.toFixed()).toBe("107.3741824");
    expect(fact?.cost?.toFixed(2)).toBe("0.18");
    expect(fact?.cost?.toFixed(10)).toBe(new Dec("107.3741824").times("0.05").times(24).div(730).toFixed(10));
  });
});
