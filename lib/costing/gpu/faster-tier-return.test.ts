import { describe, expect, it } from "vitest";
import { bundledCatalogPrices } from "../../pricing/catalog";
import { Dec } from "../../pricing/decimal";
import { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import { analyseGpuPod } from "./analyse-gpu-pod";
import { fasterTierReturn, paybackDays, recoveredShare, type WorkloadVolume } from "./faster-tier-return";
import { gpuPod, HOUR, priceOf, series, T0 } from "./gpu-test-fixtures";
import { groupGpuIdle } from "./group-gpu-idle";
import { DEFAULT_GPU_IDLE_SETTINGS as SETTINGS } from "./settings";

const GIB = 1024n ** 3n;
const MONTH_HOURS = 730;
const WINDOW = { startMs: T0, endMs: T0 + MONTH_HOURS * HOUR };
const NOW = new Date(WINDOW.endMs);
const pricing = { catalog: bundledCatalogPrices(), overrides: [], exchangeRates: [], displayCurrency: "USD" };
const gke = { provider: "gcp" as const, region: "us-central1" };
const pd = (type: string) =>
  resolveStorage({
    storageClass: { name: type, provisioner: "pd.csi.storage.gke.io", parameters: { type } },
    cluster: gke,
  });

/** A month of a job on `gpus` GPUs at `utilisation`, waiting on I/O (pressure 0.5) the whole time. */
function job(gpus: number, utilisation: number, pricePerGpuHour: string) {
  const pod = gpuPod({
    gpuRequest: new Dec(gpus),
    startedAtMs: WINDOW.startMs,
    endedAtMs: WINDOW.endMs,
    utilisation: [series(0, MONTH_HOURS * 60, 10, () => utilisation)],
    ioPressure: series(0, MONTH_HOURS * 60, 10, () => 0.5),
    slowTierClaims: ["dataset"],
    price: priceOf(pricePerGpuHour),
  });
  const [workload] = groupGpuIdle([analyseGpuPod(pod, WINDOW, NOW, SETTINGS)], "workload");
  return workload as NonNullable<typeof workload>;
}

const dataset = (gib: bigint, type = "pd-balanced"): WorkloadVolume => ({
  namespace: "ml",
  claimName: "dataset",
  role: "dataset",
  storageClassName: "standard-rwo",
  capacityBytes: gib * GIB,
  accessModes: ["ReadWriteOnce"],
  resolution: pd(type),
});

function roi(
  workload: ReturnType<typeof job>,
  volumes: WorkloadVolume[],
  classes = [] as { name: string; resolution: ReturnType<typeof pd> }[],
) {
  return fasterTierReturn({
    clusterId: "c1",
    workload,
    volumes,
    clusterClasses: classes,
    windowHours: MONTH_HOURS,
    now: NOW,
    settings: SETTINGS,
    pricing,
  });
}

describe("the return on faster storage", () => {
  it("the brief's example: 100 GPUs at 50 % waste half their GPU-hours", () => {
    const workload = job(100, 0.5, "2");
    expect(workload.figures.allocatedGpuHours.toNumber()).toBe(73_000);
    expect(workload.figures.idleGpuHours.toNumber()).toBe(36_500);
    expect(workload.figures.idleCost?.toFixed()).toBe("73000");
    expect(workload.figures.storageBoundIdleGpuHours.toNumber()).toBe(36_500);
  });

  it("lifting them to 90 % recovers 80 % of the idle time, and pays back when that costs more than the storage delta", () => {
    // recovered share (0.9 − 0.5) ÷ (1 − 0.5) = 0.8 → 29,200 GPU-hours × $2 = $58,400 a month.
    // 100,000 GiB pd-balanced ($0.10) → pd-ssd ($0.17): +$7,000 a month.
    const r = roi(job(100, 0.5, "2"), [dataset(100_000n)]);
    expect(r.gpu.recoveredShare).toBe("0.8");
    expect(r.gpu.recoveredGpuHoursPerMonth).toBe("29200");
    expect(r.monthlyGpuCostRecovered).toBe("58400");
    expect(r.volumes.map((v) => [v.current.monthlyCost, v.target.product, v.target.monthlyCost])).toEqual([
      ["10000", "gce-pd-ssd", "17000"],
    ]);
    expect(r.monthlyStorageDelta).toBe("7000");
    expect(r.monthlyNet).toBe("51400");
    // 7,000 ÷ 58,400 × (730 ÷ 24) days = 3.6458 → 3.6
    expect(r.paybackDays).toBe(3.6);
    expect(r.status).toBe("priced");
    expect(r.estimate).toBe(true);
  });

  it("does not pay back within a month when the storage delta exceeds the GPU cost recovered", () => {
    // 1 GPU at 50 %: 365 idle GPU-hours × 0.8 × $2 = $584; 10,000 GiB → +$700 a month
    const r = roi(job(1, 0.5, "2"), [dataset(10_000n)]);
    expect(r.monthlyGpuCostRecovered).toBe("584");
    expect(r.monthlyStorageDelta).toBe("700");
    expect(r.monthlyNet).toBe("-116");
    expect(r.paybackDays).toBe("never"); // net −116 a month: it never pays back
  });

  it("recovers nothing at or above the target utilisation", () => {
    expect(recoveredShare(0.9, 0.9).toNumber()).toBe(0);
    expect(recoveredShare(0.95, 0.9).toNumber()).toBe(0);
    expect(recoveredShare(0.3, 0.9).toFixed(6)).toBe("0.857143");
    expect(paybackDays(new Dec(100), new Dec(0))).toBe("never");
    expect(paybackDays(new Dec(100), new Dec(100))).toBe("never");
    expect(paybackDays(new Dec(100), new Dec("99.99"))).toBe("never");
    expect(paybackDays(new Dec(100), new Dec(584))).toBe(5.2); // 100 ÷ 584 × 30.4167 = 5.21
    expect(paybackDays(new Dec(-5), new Dec(10))).toBe(0);
  });

  it("moves only slow volumes, reuses a StorageClass of the target tier, and writes the manifest", () => {
    const fast = { ...dataset(1_000n, "pd-ssd"), claimName: "ckpt", role: "checkpoint" as const };
    const r = roi(
      job(8, 0.4, "6.88"),
      [dataset(2_048n), { ...fast, resolution: pd("hyperdisk-balanced") }],
      [{ name: "premium-rwo", resolution: pd("pd-ssd") }],
    );
    expect(r.volumes.map((v) => v.claimName)).toEqual(["dataset"]);
    expect(r.volumes[0]?.target).toMatchObject({
      storageClassName: "premium-rwo",
      existingStorageClass: true,
    });
    expect(r.manifest).toContain("storageClassName: premium-rwo");
    expect(r.manifest).toContain("storage: 2048Gi");
    expect(r.manifest).not.toContain("kind: StorageClass");
    const created = roi(job(8, 0.4, "6.88"), [dataset(2_048n)]);
    expect(created.manifest).toContain("kind: StorageClass\nmetadata:\n  name: tierscope-gce-pd-ssd");
  });

  it("is unpriced, never $0, when the target tier has no price in the region", () => {
    const filestore = resolveStorage({
      storageClass: {
        name: "standard-rwx",
        provisioner: "filestore.csi.storage.gke.io",
        parameters: { tier: "standard" },
      },
      cluster: gke,
    });
    const r = roi(job(8, 0.4, "6.88"), [{ ...dataset(10_240n), resolution: filestore }]);
    expect(r.volumes[0]?.target.product).toBe("filestore-zonal");
    expect(r.monthlyStorageDelta).toBeNull();
    expect(r.paybackDays).toBeNull();
    expect(r.status).toBe("unpriced");
    expect(r.unpricedReasons.length).toBeGreaterThan(0);
  });

  it("has nothing to move, not a free recovery, when no volume is on a slow tier", () => {
    // 8 GPUs at 40 %: the recovery is known, but the only volume is already on Hyperdisk Balanced.
    const r = roi(job(8, 0.4, "6.88"), [dataset(1_000n, "hyperdisk-balanced")]);
    expect(r.monthlyGpuCostRecovered).not.toBeNull();
    expect(r.status).toBe("nothing-to-move");
    expect(r.volumes).toEqual([]);
    expect(r.monthlyStorageDelta).toBeNull();
    expect(r.monthlyNet).toBeNull();
    expect(r.paybackDays).toBeNull();
    expect(r.manifest).toBe("");
    expect(r.skippedVolumes).toEqual([
      {
        namespace: "ml",
        claimName: "dataset",
        role: "dataset",
        reason: `already on ${pd("hyperdisk-balanced").label}, not a slow tier in the GPU settings`,
      },
    ]);
    expect(r.evidence).toContain(
      `dataset ml/dataset not moved: already on ${pd("hyperdisk-balanced").label}, not a slow tier in the GPU settings`,
    );
    expect(roi(job(8, 0.4, "6.88"), []).status).toBe("nothing-to-move");
  });
});
