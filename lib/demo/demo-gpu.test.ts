import { describe, expect, it } from "vitest";
import { ANCHOR_MS, DAY, demoFleet, key, ms } from "./demo-fleet-fixture";

/**
 * The GPU-idle story: GPU jobs reading their dataset from a slow tier wait on I/O and leave their
 * GPUs idle; jobs on a fast tier keep them busy. Tiers are classified here from the StorageClass
 * provisioner and parameters, independently of the generator.
 */
const fleet = demoFleet();
const classes = new Map(fleet.storageClasses.map((sc) => [key(sc.clusterId, sc.name), sc]));
const pvcs = new Map(
  fleet.persistentVolumeClaims.map((pvc) => [key(pvc.clusterId, pvc.namespace, pvc.name), pvc]),
);

function tier(clusterId: string, storageClassName: string | null | undefined): "slow" | "fast" | "other" {
  const sc = classes.get(key(clusterId, storageClassName));
  const p = (sc?.parameters ?? {}) as Record<string, string>;
  switch (sc?.provisioner) {
    case "efs.csi.aws.com":
      return "slow";
    case "fsx.csi.aws.com":
      return "fast";
    case "file.csi.azure.com":
      return p.skuName === "Premium_LRS" ? "fast" : "slow";
    case "disk.csi.azure.com":
      return p.skuName === "PremiumV2_LRS" ? "fast" : "slow";
    case "pd.csi.storage.gke.io":
      return p.type?.startsWith("hyperdisk") ? "fast" : "slow";
    case "filestore.csi.storage.gke.io":
      return p.tier === "ZONAL" || p.tier === "zonal" ? "fast" : "slow";
    default:
      return "other";
  }
}

const trainingPods = fleet.pods.filter(
  (pod) => Number(pod.gpuRequest) > 0 && pod.workloadKind !== "Deployment",
);
const datasetTier = (pod: (typeof trainingPods)[number]) => {
  const dataset = fleet.podVolumes.find(
    (v) => v.clusterId === pod.clusterId && v.podUid === pod.uid && v.role === "dataset",
  );
  const pvc = pvcs.get(key(pod.clusterId, pod.namespace, dataset?.claimName));
  return tier(pod.clusterId, pvc?.storageClassName);
};

function samplesOf(pod: { clusterId: string; namespace: string; name: string }, metric: string): number[] {
  const series = fleet.metricSeries.find(
    (s) =>
      s.clusterId === pod.clusterId &&
      s.metric === metric &&
      s.namespace === pod.namespace &&
      s.pod === pod.name,
  );
  return fleet.metricSamples.filter((sample) => sample.seriesId === series?.id).map((sample) => sample.value);
}
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe("demo fleet GPU workloads", () => {
  it("runs training pods on both slow and fast dataset tiers, on every cluster", () => {
    expect(trainingPods.filter((pod) => datasetTier(pod) === "slow").length).toBeGreaterThanOrEqual(4);
    expect(trainingPods.filter((pod) => datasetTier(pod) === "fast").length).toBeGreaterThanOrEqual(4);
    expect(new Set(trainingPods.map((pod) => pod.clusterId)).size).toBe(3);
    for (const pod of trainingPods) expect(datasetTier(pod), pod.name).not.toBe("other");
  });

  it("keeps storage-starved jobs at 30-50 % GPU utilisation with I/O pressure 0.3-0.6", () => {
    for (const pod of trainingPods.filter((p) => datasetTier(p) === "slow")) {
      const utilisation = samplesOf(pod, "gpu_utilization_ratio");
      const pressure = samplesOf(pod, "io_pressure_ratio");
      expect(Math.min(...utilisation)).toBeGreaterThanOrEqual(0.3);
      expect(Math.max(...utilisation)).toBeLessThanOrEqual(0.5);
      expect(Math.min(...pressure)).toBeGreaterThanOrEqual(0.3);
      expect(Math.max(...pressure)).toBeLessThanOrEqual(0.6);
    }
  });

  it("keeps well-fed jobs at 85-95 % GPU utilisation with I/O pressure under 0.05", () => {
    for (const pod of trainingPods.filter((p) => datasetTier(p) === "fast")) {
      const utilisation = samplesOf(pod, "gpu_utilization_ratio");
      expect(Math.min(...utilisation)).toBeGreaterThanOrEqual(0.85);
      expect(Math.max(...utilisation)).toBeLessThanOrEqual(0.95);
      expect(Math.max(...samplesOf(pod, "io_pressure_ratio"))).toBeLessThan(0.05);
    }
  });

  it("makes utilisation lower on slow tiers than on fast ones", () => {
    const average = (speed: "slow" | "fast") =>
      mean(
        trainingPods
          .filter((pod) => datasetTier(pod) === speed)
          .map((pod) => mean(samplesOf(pod, "gpu_utilization_ratio"))),
      );
    expect(average("slow")).toBeLessThan(average("fast") - 0.3);
  });

  it("samples every GPU pod each 10 minutes over the last 14 days of its life", () => {
    const gpuPods = fleet.pods.filter((pod) => Number(pod.gpuRequest) > 0);
    for (const pod of gpuPods) {
      const end = pod.finishedAt ? ms(pod.finishedAt) : ANCHOR_MS;
      const span = Math.min(end - ms(pod.startedAt), 14 * DAY);
      const count = samplesOf(pod, "gpu_utilization_ratio").length;
      expect(Math.abs(count - span / 600_000), pod.name).toBeLessThanOrEqual(1);
      expect(samplesOf(pod, "io_pressure_ratio")).toHaveLength(count);
    }
  });

  it("has finished jobs (Succeeded, finished, deleted) and running ones", () => {
    const finished = trainingPods.filter((pod) => pod.phase === "Succeeded");
    expect(finished.length).toBeGreaterThan(4);
    for (const pod of finished) expect([pod.finishedAt, pod.deletedAt].every(Boolean)).toBe(true);
    expect(trainingPods.filter((pod) => pod.phase === "Running" && !pod.finishedAt).length).toBeGreaterThan(
      4,
    );
  });

  it("has multi-pod 8-GPU jobs, single-GPU jobs and a MIG slice counted as half a GPU", () => {
    const perJob = new Map<string, typeof trainingPods>();
    for (const pod of trainingPods)
      perJob.set(key(pod.clusterId, pod.workloadName), [
        ...(perJob.get(key(pod.clusterId, pod.workloadName)) ?? []),
        pod,
      ]);
    expect(
      [...perJob.values()].some((pods) => pods.length > 1 && pods.every((p) => p.gpuRequest === "8")),
    ).toBe(true);
    expect(trainingPods.some((pod) => pod.gpuRequest === "1")).toBe(true);
    const mig = trainingPods.filter((pod) => pod.gpuResourceName === "nvidia.com/mig-3g.40gb");
    expect(mig.map((pod) => pod.gpuRequest)).toEqual(["0.5"]);
    const node = fleet.nodes.find((n) => n.clusterId === mig[0]?.clusterId && n.name === mig[0]?.nodeName);
    expect(node?.labels).toMatchObject({ "nvidia.com/mig.strategy": "mixed" });
  });

  it("names the workload: PyTorchJob and Job for training, Deployment behind a ReplicaSet for inference", () => {
    expect(new Set(trainingPods.map((pod) => pod.workloadKind))).toEqual(new Set(["PyTorchJob", "Job"]));
    const inference = fleet.pods.filter(
      (pod) => Number(pod.gpuRequest) > 0 && pod.workloadKind === "Deployment",
    );
    expect(inference.length).toBeGreaterThanOrEqual(6);
    for (const pod of inference) expect(pod.ownerKind).toBe("ReplicaSet");
  });

  it("gives training pods dataset, checkpoint and scratch volumes", () => {
    const roles = new Set(
      fleet.podVolumes
        .filter((v) => trainingPods.some((p) => p.uid === v.podUid))
        .map((v) => `${v.type}:${v.role}`),
    );
    for (const role of [
      "persistentVolumeClaim:dataset",
      "persistentVolumeClaim:checkpoint",
      "emptyDir:scratch",
      "ephemeral:scratch",
    ]) {
      expect(roles).toContain(role);
    }
  });
});
