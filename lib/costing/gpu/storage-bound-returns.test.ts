import { describe, expect, it } from "vitest";
import { bundledCatalogPrices } from "../../pricing/catalog";
import { Dec } from "../../pricing/decimal";
import { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import { analyseGpuPod } from "./analyse-gpu-pod";
import { gpuPod, HOUR, priceOf, series, T0 } from "./gpu-test-fixtures";
import { DEFAULT_GPU_IDLE_SETTINGS as SETTINGS } from "./settings";
import { storageBoundReturns } from "./storage-bound-returns";

const WINDOW = { startMs: T0, endMs: T0 + 24 * HOUR };
const NOW = new Date(WINDOW.endMs);
const pricing = { catalog: bundledCatalogPrices(), overrides: [], exchangeRates: [], displayCurrency: "USD" };
const balanced = resolveStorage({
  storageClass: {
    name: "standard-rwo",
    provisioner: "pd.csi.storage.gke.io",
    parameters: { type: "pd-balanced" },
  },
  cluster: { provider: "gcp", region: "us-central1" },
});

function job(name: string, utilisation: number, pressure: number, gpus: number) {
  return analyseGpuPod(
    gpuPod({
      workloadName: name,
      podName: `${name}-0`,
      gpuRequest: new Dec(gpus),
      utilisation: [series(0, 120, 10, () => utilisation)],
      ioPressure: series(0, 120, 10, () => pressure),
      price: priceOf("3"),
    }),
    WINDOW,
    NOW,
    SETTINGS,
  );
}

describe("storage-bound returns of a window", () => {
  it("recommends a faster tier for storage-bound workloads only, best net first", () => {
    const volume = (claimName: string) => ({
      namespace: "ml",
      claimName,
      role: "dataset" as const,
      storageClassName: "standard-rwo",
      capacityBytes: 100n * 1024n ** 3n,
      accessModes: ["ReadWriteOnce"],
      resolution: balanced,
    });
    const returns = storageBoundReturns({
      pods: [job("small", 0.4, 0.5, 1), job("fed", 0.9, 0.01, 8), job("big", 0.4, 0.5, 8)],
      clusters: [
        {
          clusterId: "c1",
          clusterName: "prod",
          workloadVolumes: new Map([
            ["prod/ml/PyTorchJob/small", [volume("small-data")]],
            ["prod/ml/PyTorchJob/big", [volume("big-data")]],
          ]),
          classes: [],
        },
      ],
      settings: SETTINGS,
      pricing,
      windowHours: 24,
      now: NOW,
    });
    expect(returns.map((r) => [r.workloadName, r.volumes.map((v) => v.claimName)])).toEqual([
      ["big", ["big-data"]],
      ["small", ["small-data"]],
    ]);
    // big: 8 GPUs × 2 h × 0.6 idle = 9.6 GPU-h × $3 = $28.8 over 24 h; share (0.9 − 0.4) ÷ 0.6 = 5/6;
    // per month × 730/24: 28.8 × 5/6 × 730/24 = $730. Storage: 100 GiB × (0.17 − 0.10) = $7.
    expect(Number(returns[0]?.monthlyGpuCostRecovered).toFixed(6)).toBe("730.000000");
    expect(returns[0]?.monthlyStorageDelta).toBe("7");
  });

  it("makes workloads sharing a claim one recommendation: the claim's storage delta once, their GPU time together", () => {
    const shared = {
      namespace: "ml",
      claimName: "shared-data",
      role: "dataset" as const,
      storageClassName: "standard-rwo",
      capacityBytes: 100n * 1024n ** 3n,
      accessModes: ["ReadOnlyMany"],
      resolution: balanced,
    };
    const returns = storageBoundReturns({
      pods: [job("a", 0.4, 0.5, 8), job("b", 0.4, 0.5, 8)],
      clusters: [
        {
          clusterId: "c1",
          clusterName: "prod",
          workloadVolumes: new Map([
            ["prod/ml/PyTorchJob/a", [shared]],
            ["prod/ml/PyTorchJob/b", [shared]],
          ]),
          classes: [],
        },
      ],
      settings: SETTINGS,
      pricing,
      windowHours: 24,
      now: NOW,
    });
    // Each job alone recovers $730 a month (above); together $1,460, for one $7 move, not two.
    expect(returns).toHaveLength(1);
    expect(returns[0]?.workloadName).toBe("a");
    expect(returns[0]?.sharedWith).toEqual(["PyTorchJob/ml/b"]);
    expect(returns[0]?.volumes.map((v) => v.claimName)).toEqual(["shared-data"]);
    expect(returns[0]?.monthlyStorageDelta).toBe("7");
    expect(Number(returns[0]?.monthlyGpuCostRecovered).toFixed(6)).toBe("1460.000000");
  });
});
