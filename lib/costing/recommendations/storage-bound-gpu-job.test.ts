import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import { analyseGpuPod } from "../gpu/analyse-gpu-pod";
import { gpuPod, HOUR, priceOf, series, T0 } from "../gpu/gpu-test-fixtures";
import { DEFAULT_GPU_IDLE_SETTINGS } from "../gpu/settings";
import { storageBoundReturns } from "../gpu/storage-bound-returns";
import { rankRecommendations, recommend } from "./recommend";
import type { Recommendation } from "./recommendation";
import { context, money, oneClaim } from "./recommendation-test-fixtures";
import { splitSavings, summarizeRecommendations } from "./serialize-recommendation";
import { recommendStorageBoundGpuJobs, storageBoundClaims } from "./storage-bound-gpu-job";

const balanced = {
  name: "standard-rwo",
  provisioner: "pd.csi.storage.gke.io",
  parameters: { type: "pd-balanced" },
};
const WINDOW = { startMs: T0, endMs: T0 + 24 * HOUR };
const NOW = new Date(WINDOW.endMs);

/** An 8-GPU job at 40 % utilisation under I/O pressure for 2 hours, reading ml/data (100 GiB pd-balanced) on cluster gke. */
function returnsOfOneJob() {
  const pod = analyseGpuPod(
    gpuPod({
      clusterId: "c-gcp",
      clusterName: "gke",
      workloadName: "big",
      podName: "big-0",
      gpuRequest: new Dec(8),
      utilisation: [series(0, 120, 10, () => 0.4)],
      ioPressure: series(0, 120, 10, () => 0.5),
      price: priceOf("3"),
    }),
    WINDOW,
    NOW,
    DEFAULT_GPU_IDLE_SETTINGS,
  );
  return storageBoundReturns({
    pods: [pod],
    clusters: [
      {
        clusterId: "c-gcp",
        clusterName: "gke",
        workloadVolumes: new Map([
          [
            "gke/ml/PyTorchJob/big",
            [
              {
                namespace: "ml",
                claimName: "data",
                role: "dataset" as const,
                storageClassName: "standard-rwo",
                capacityBytes: 100n * 1024n ** 3n,
                accessModes: ["ReadWriteOnce"],
                resolution: resolveStorage({
                  storageClass: balanced,
                  cluster: { provider: "gcp", region: "us-central1" },
                }),
              },
            ],
          ],
        ]),
        classes: [],
      },
    ],
    settings: DEFAULT_GPU_IDLE_SETTINGS,
    pricing: context().pricing,
    windowHours: 24,
    window: { from: "2026-10-01", to: "2026-10-01" },
    now: NOW,
  });
}

describe("storage-bound GPU job → faster tier", () => {
  it("spends on storage to recover GPU cost: −$7.00 storage, +$730.00 GPU a month, net $723.00, payback 0.3 days", () => {
    const inventory = oneClaim({ provider: "gcp", storageClass: balanced, gi: 100 });
    const [r] = recommendStorageBoundGpuJobs(inventory, context(), returnsOfOneJob());
    // pd-balanced 100 GiB × $0.10 = $10 → pd-ssd × $0.17 = $17; GPU: 8 × 2 h × 0.6 idle × $3 = $28.80 over
    // 24 h, (0.9 − 0.4) ÷ 0.6 of it recovered, × 730 ÷ 24 = $730 a month; payback 7 ÷ 730 × 730/24 days.
    expect(r?.rule).toBe("storage-bound-gpu-job");
    expect(r?.name).toBe("big");
    expect(r?.evidence[0]).toEqual({ label: "Workload", value: "PyTorchJob ml/big" });
    expect(money(r?.current.cost.monthlyCost)).toBe("10");
    expect(money(r?.proposed.cost.monthlyCost)).toBe("17");
    expect(money(r?.savings.monthlyCost)).toBe("-7");
    expect(r?.gpuCostRecoveredPerMonth?.toFixed(6)).toBe("730.000000");
    expect(r?.netMonthlyValue?.toFixed(6)).toBe("723.000000");
    expect(r?.paybackDays).toBe(0.3);
    expect(r?.volumes.map((v) => v.uid)).toEqual([inventory.volumes[0]?.uid]);
    expect(r?.proposed.performance.iops).toBeGreaterThan(r?.current.performance.iops ?? 0);
    expect(r?.fix.language).toBe("yaml");
    // Ranked with the volume rules, it is kept: its net value is positive although its savings are not.
    expect(
      rankRecommendations([...recommend(inventory, context()), r].filter((x) => x !== undefined)),
    ).toHaveLength(1);
  });

  it("says nothing about another cluster's workloads, or a workload whose claim has no volume here", () => {
    const other = oneClaim({ provider: "aws", storageClass: balanced, gi: 100 });
    expect(recommendStorageBoundGpuJobs(other, context(), returnsOfOneJob())).toEqual([]);
  });

  it("keeps downgrade rules off the claims a storage-bound GPU job reads", () => {
    expect([...storageBoundClaims(returnsOfOneJob())]).toEqual(["c-gcp/ml/data"]);
    const pdSsd = {
      name: "premium-rwo",
      provisioner: "pd.csi.storage.gke.io",
      parameters: { type: "pd-ssd" },
    };
    const ssd = oneClaim({ provider: "gcp", storageClass: pdSsd, gi: 500 });
    expect(recommend(ssd, context()).map((r) => r.rule)).toEqual(["pd-ssd-to-pd-balanced"]);
    const starving = { ...context(), storageBoundClaims: new Set(["c-gcp/ml/data"]) };
    expect(recommend(ssd, starving)).toEqual([]);
    // Another claim of the same cluster is still judged.
    expect(recommend(ssd, { ...context(), storageBoundClaims: new Set(["c-gcp/ml/other"]) })).toHaveLength(1);
    // gp2 500 GiB gives 1,500 IOPS and 250 MiB/s; gp3 at its 125 MiB/s baseline would halve the throughput.
    const gp2 = { name: "gp2", provisioner: "ebs.csi.aws.com", parameters: { type: "gp2" } };
    const ebs = oneClaim({ provider: "aws", storageClass: gp2, gi: 500 });
    expect(recommend(ebs, context()).map((r) => r.rule)).toEqual(["gp2-to-gp3"]);
    expect(recommend(ebs, { ...context(), storageBoundClaims: new Set(["c-aws/ml/data"]) })).toEqual([]);
  });

  it("wins a volume over any other rule, even when both are unpriced", () => {
    const pdSsd = {
      name: "premium-rwo",
      provisioner: "pd.csi.storage.gke.io",
      parameters: { type: "pd-ssd" },
    };
    const [base] = recommend(oneClaim({ provider: "gcp", storageClass: pdSsd, gi: 500 }), context());
    if (!base) throw new Error("no recommendation");
    const unpriced = (rule: Recommendation["rule"]): Recommendation => ({
      ...base,
      rule,
      netMonthlyValue: null,
    });
    const gpu = unpriced("storage-bound-gpu-job");
    expect(rankRecommendations([unpriced("shared-dataset-to-object"), gpu])).toEqual([gpu]);
    // A priced $35 a month on the same volume does not take it from an unpriced GPU job either.
    expect(rankRecommendations([base, gpu])).toEqual([gpu]);
  });

  it("states its window and rounds GPU-hours and money in its evidence", () => {
    const inventory = oneClaim({ provider: "gcp", storageClass: balanced, gi: 100 });
    const [r] = recommendStorageBoundGpuJobs(inventory, context(), returnsOfOneJob());
    // 8 GPUs × 2 h = 16 GPU-hours, 0.6 idle = 9.6 at $3 = $28.80; 9.6 × (0.5 ÷ 0.6) × 730 ÷ 24 = 243.3 a month.
    const evidence = Object.fromEntries((r?.evidence ?? []).map((e) => [e.label, e.value]));
    expect(evidence["GPU utilisation"]).toBe(
      "40.0 % over 16.0 allocated GPU-hours (GPU metrics 2026-10-01 … 2026-10-01, 24.0 hours)",
    );
    expect(evidence["Storage-bound idle"]).toBe("9.6 of 9.6 idle GPU-hours, $28.80");
    expect(evidence["GPU cost recovered (estimate)"]).toBe(
      "243.3 GPU-hours ($730.00) a month: utilisation to 90 % recovers 83.3 % of the idle time",
    );
    expect(r?.guardrail.find((g) => g.label === "Window")?.value).toBe(
      "GPU metrics 2026-10-01 … 2026-10-01, 24.0 hours",
    );
    expect(r?.current.cost.basis).toBe("data: 100.0 GiB pd-balanced (zonal) $10.00/month");
    expect(r?.savings.basis).toBe("$10.00/month now less $17.00/month on the faster tier");
  });

  it("calls its savings estimated when the faster tier's price is an estimate", () => {
    const inventory = oneClaim({ provider: "gcp", storageClass: balanced, gi: 100 });
    const returns = returnsOfOneJob().map((r) => ({
      ...r,
      volumes: r.volumes.map((v) => ({ ...v, target: { ...v.target, status: "estimated" as const } })),
    }));
    const [r] = recommendStorageBoundGpuJobs(inventory, context(), returns);
    expect(r?.current.cost.status).toBe("priced");
    expect(r?.savings.status).toBe("estimated");
    expect(money(r?.savings.monthlyCost)).toBe("-7");
  });

  it("totals storage savings and the GPU cost recovered apart: −$7 storage, $730 GPU (estimate), $723 net", () => {
    const inventory = oneClaim({ provider: "gcp", storageClass: balanced, gi: 100 });
    const list = recommendStorageBoundGpuJobs(inventory, context(), returnsOfOneJob());
    const split = splitSavings(list);
    expect(split.storageMonthlySavings).toBe("-7");
    expect(Number(split.gpuMonthlyRecovered).toFixed(6)).toBe("730.000000");
    const total = summarizeRecommendations(list, "USD").find((t) => t.rule === "storage-bound-gpu-job");
    expect(Number(total?.monthlySavings).toFixed(6)).toBe("723.000000");
    expect(total?.storageMonthlySavings).toBe("-7");
    expect(summarizeRecommendations([], "USD")[0]?.gpuMonthlyRecovered).toBeNull();
  });
});
