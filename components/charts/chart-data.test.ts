import { describe, expect, it } from "vitest";
import type { FleetOverview } from "@/lib/services/overview/get-fleet-overview";
import type { VolumeDetailResult } from "@/lib/services/showback/get-volume-detail";
import type { ChainTimelinePoint } from "@/lib/services/snapshots/get-snapshot-chain";
import { mapCapacityByStorageClass } from "./chart-bar-capacity-by-storage-class";
import { mapSnapshotTimeline, SNAPSHOT_BASIS_CONFIG, timelineDomain } from "./chart-bar-snapshot-timeline";
import { mapGpuTimeline } from "./chart-line-gpu-utilisation-pressure";
import { mapVolumeUsage } from "./chart-line-usage-volume";

const GIB = 1024 ** 3;

describe("mapSnapshotTimeline", () => {
  const point = (uid: string, data: Partial<ChainTimelinePoint> = {}): ChainTimelinePoint => ({
    uid,
    position: 1,
    takenAt: "2026-11-01T00:00:00Z",
    deletedAt: null,
    billedBytes: String(2 * GIB),
    basis: "provider",
    ...data,
  });

  it("draws billed GiB in the basis's theme colour; an unknown size is a stub, not zero bytes", () => {
    const [known, unknown] = mapSnapshotTimeline([
      point("a"),
      point("b", { billedBytes: null, basis: "unknown" }),
    ]);
    expect(known).toMatchObject({ gib: 2, color: SNAPSHOT_BASIS_CONFIG.provider.color, opacity: 1 });
    expect(unknown).toMatchObject({ gib: 0, billedBytes: null, color: "var(--chart-muted)" });
  });

  it("fades deleted snapshots more than those the what-if removes", () => {
    const bars = mapSnapshotTimeline(
      [point("gone", { deletedAt: "2026-11-03T00:00:00Z" }), point("cut")],
      new Set(["cut"]),
    );
    expect(bars.map((b) => [b.deleted, b.removed, b.opacity])).toEqual([
      [true, false, 0.3],
      [false, true, 0.45],
    ]);
  });

  it("pads the time axis by half a day at least, so edge bars are whole", () => {
    const bars = mapSnapshotTimeline([point("a"), point("b", { takenAt: "2026-11-02T00:00:00Z" })]);
    const start = Date.parse("2026-11-01T00:00:00Z");
    expect(timelineDomain(bars)).toEqual([start - 43_200_000, start + 86_400_000 + 43_200_000]);
    expect(timelineDomain([])).toEqual([0, 1]);
  });
});

describe("mapVolumeUsage", () => {
  const detail = {
    window: { from: "2026-11-01", to: "2026-11-04" },
    usage: [{ day: "2026-11-02", maxUsedBytes: 3 * GIB, avgUsedBytes: 2 * GIB }],
    revisions: [
      { validFrom: "2026-11-03T12:00:00Z", capacityBytes: String(20 * GIB) },
      { validFrom: "2026-11-01T00:00:00Z", capacityBytes: String(10 * GIB) },
    ],
    volume: { createdAt: "2026-11-02T08:00:00Z", deletedAt: null, capacityBytes: String(20 * GIB) },
  } as unknown as Pick<VolumeDetailResult, "window" | "usage" | "revisions" | "volume">;

  it("gives every day of the window, capacity from the revision in force at the day's end, none before creation", () => {
    expect(mapVolumeUsage(detail)).toEqual([
      { day: "2026-11-01", maxUsedGib: null, avgUsedGib: null, capacityGib: null },
      { day: "2026-11-02", maxUsedGib: 3, avgUsedGib: 2, capacityGib: 10 },
      { day: "2026-11-03", maxUsedGib: null, avgUsedGib: null, capacityGib: 20 },
      { day: "2026-11-04", maxUsedGib: null, avgUsedGib: null, capacityGib: 20 },
    ]);
  });
});

describe("mapGpuTimeline", () => {
  it("turns fractions into percent to one decimal and keeps gaps as null", () => {
    expect(
      mapGpuTimeline([{ at: "2026-11-01T00:00:00Z", utilisation: 0.1234, ioPressure: null }] as Parameters<
        typeof mapGpuTimeline
      >[0]),
    ).toEqual([{ at: "2026-11-01T00:00:00Z", utilisationPercent: 12.3, ioPressurePercent: null }]);
  });
});

describe("mapCapacityByStorageClass", () => {
  it("labels each bar class · cluster and colours it by the cluster's provider", () => {
    const overview = {
      clusters: [{ name: "prod-eks", provider: "aws" }],
      storageClasses: [
        { storageClassName: "gp3", clusterName: "prod-eks", capacityBytes: String(2 * 1024 ** 4) },
        { storageClassName: null, clusterName: "lab", capacityBytes: "0" },
      ],
    } as unknown as FleetOverview;
    expect(mapCapacityByStorageClass(overview).map((b) => [b.label, b.capacityTib, b.color])).toEqual([
      ["gp3 · prod-eks", 2, "var(--color-cluster-aws)"],
      ["(none) · lab", 0, "var(--color-cluster-other)"],
    ]);
  });
});
