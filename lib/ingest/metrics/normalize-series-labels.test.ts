import { describe, expect, it } from "vitest";
import { lookupMetric, type MetricMapping } from "./metric-mapping";
import { normalizeSeriesLabels, type SeriesIdentity } from "./normalize-series-labels";
import type { Labels } from "./source-record";

const mapping = (name: string) => lookupMetric(name) as MetricMapping;

function series(name: string, labels: Labels): SeriesIdentity {
  const outcome = normalizeSeriesLabels(mapping(name), labels);
  if (!outcome.ok) throw new Error(`not ok: ${JSON.stringify(outcome)}`);
  return outcome.series;
}

describe("normalizeSeriesLabels: label variants", () => {
  it.each([
    [{ namespace: "ml", pod: "train-0", container: "main" }],
    // dcgm-exporter's labels renamed by a scrape without honor_labels; the plain ones are the exporter's.
    [
      {
        exported_namespace: "ml",
        exported_pod: "train-0",
        exported_container: "main",
        namespace: "gpu-operator",
        pod: "dcgm-exporter-x7",
      },
    ],
    // dcgm-exporter's legacy names beside the scrape's own pod labels.
    [
      {
        pod_namespace: "ml",
        pod_name: "train-0",
        container_name: "main",
        namespace: "gpu-operator",
        pod: "dcgm-exporter-x7",
      },
    ],
  ])("finds the workload's namespace, pod and container in %j", (labels) => {
    const s = series("DCGM_FI_DEV_GPU_UTIL", { UUID: "GPU-aa", ...labels });
    expect([s.namespace, s.pod]).toEqual(["ml", "train-0"]);
    expect(s.seriesKey).toBe(
      'DCGM_FI_DEV_GPU_UTIL{container="main",gpu="GPU-aa",namespace="ml",pod="train-0"}',
    );
  });

  it.each([
    [{ UUID: "GPU-aa" }, "GPU-aa"],
    [{ uuid: "GPU-aa" }, "GPU-aa"],
    [{ gpu_uuid: "GPU-aa" }, "GPU-aa"],
    [{ gpu: "3", UUID: "GPU-aa" }, "GPU-aa"],
    [{ gpu: "3", Hostname: "n1" }, "3"],
  ])("takes the GPU from %j", (labels, gpu) => {
    expect(series("DCGM_FI_PROF_GR_ENGINE_ACTIVE", labels).gpu).toBe(gpu);
  });

  it.each([
    [{ node: "n1", Hostname: "other", instance: "10.0.0.1:9400" }, "n1"],
    [{ kubernetes_node: "n1" }, "n1"],
    [{ Hostname: "n1", instance: "10.0.0.1:9400" }, "n1"],
    [{ hostname: "n1" }, "n1"],
    [{ instance: "10.0.0.1:9100" }, "10.0.0.1"],
    [{ instance: "[fd00::1]:9100" }, "fd00::1"],
    [{ instance: "ip-10-0-0-1.ec2.internal" }, "ip-10-0-0-1.ec2.internal"],
  ])("takes the node from %j", (labels, node) => {
    expect(series("node_disk_read_bytes_total", { device: "nvme0n1", ...labels }).node).toBe(node);
  });

  it("takes the claim from persistentvolumeclaim or its exported_ form", () => {
    const plain = series("kubelet_volume_stats_used_bytes", {
      namespace: "ml",
      persistentvolumeclaim: "data",
    });
    const exported = series("kubelet_volume_stats_used_bytes", {
      exported_namespace: "ml",
      exported_persistentvolumeclaim: "data",
      namespace: "kube-system",
    });
    expect(exported.seriesKey).toBe(plain.seriesKey);
    expect(plain.persistentVolumeClaim).toBe("data");
  });

  it("takes a present-but-empty label as 'none' rather than falling through to the scrape's", () => {
    const idle = series("DCGM_FI_DEV_GPU_UTIL", {
      UUID: "GPU-aa",
      exported_pod: "",
      exported_namespace: "",
      pod: "dcgm-exporter-x7",
      namespace: "gpu-operator",
    });
    expect([idle.pod, idle.namespace]).toEqual([null, null]);
    expect(idle.seriesKey).toBe('DCGM_FI_DEV_GPU_UTIL{gpu="GPU-aa"}');
  });
});

describe("normalizeSeriesLabels: series identity", () => {
  it("keys a volume by namespace and claim only, so the node that reports it does not split it", () => {
    const a = series("kubelet_volume_stats_used_bytes", {
      namespace: "ml",
      persistentvolumeclaim: "d",
      node: "n1",
      instance: "10.0.0.1:10250",
    });
    const b = series("kubelet_volume_stats_used_bytes", {
      persistentvolumeclaim: "d",
      namespace: "ml",
      node: "n2",
    });
    expect(a.seriesKey).toBe(b.seriesKey);
    expect(a.seriesKey).toBe('kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d"}');
  });

  it("is the same whatever the label order, and differs by source metric", () => {
    const labels = { namespace: "ml", pod: "p", UUID: "GPU-aa", modelName: "NVIDIA H100" };
    const reversed = Object.fromEntries(Object.entries(labels).reverse());
    expect(series("DCGM_FI_DEV_GPU_UTIL", labels).seriesKey).toBe(
      series("DCGM_FI_DEV_GPU_UTIL", reversed).seriesKey,
    );
    expect(series("DCGM_FI_PROF_GR_ENGINE_ACTIVE", labels).seriesKey).not.toBe(
      series("DCGM_FI_DEV_GPU_UTIL", labels).seriesKey,
    );
  });

  it("ignores labels that do not identify (driver version, model, scrape job)", () => {
    const a = series("DCGM_FI_DEV_GPU_UTIL", {
      UUID: "GPU-aa",
      pod: "p",
      DCGM_FI_DRIVER_VERSION: "550.54",
      job: "dcgm",
    });
    const b = series("DCGM_FI_DEV_GPU_UTIL", {
      UUID: "GPU-aa",
      pod: "p",
      DCGM_FI_DRIVER_VERSION: "580.95",
      job: "gpu",
    });
    expect(a.seriesKey).toBe(b.seriesKey);
    expect(a.labels).toEqual({ UUID: "GPU-aa", pod: "p", DCGM_FI_DRIVER_VERSION: "550.54", job: "dcgm" });
  });

  it("adds the node to a GPU known only by index, and the MIG instance when there is one", () => {
    expect(series("DCGM_FI_DEV_GPU_UTIL", { gpu: "0", Hostname: "n1" }).seriesKey).toBe(
      'DCGM_FI_DEV_GPU_UTIL{gpu="0",node="n1"}',
    );
    expect(series("DCGM_FI_DEV_GPU_UTIL", { UUID: "GPU-aa", GPU_I_ID: "2" }).seriesKey).toBe(
      'DCGM_FI_DEV_GPU_UTIL{gpu="GPU-aa",gpu_instance="2"}',
    );
  });

  it("keys container I/O by pod, container and device, and node I/O by node and device", () => {
    expect(
      series("container_fs_reads_bytes_total", {
        namespace: "ml",
        pod: "p",
        container: "c",
        device: "/dev/nvme1n1",
        id: "/kubepods/x",
      }).seriesKey,
    ).toBe('container_fs_reads_bytes_total{container="c",device="/dev/nvme1n1",namespace="ml",pod="p"}');
    expect(
      series("node_pressure_io_waiting_seconds_total", { instance: "n1:9100", job: "node" }).seriesKey,
    ).toBe('node_pressure_io_waiting_seconds_total{node="n1"}');
  });

  it("escapes quotes, backslashes and newlines in the key", () => {
    expect(
      series("kubelet_volume_stats_used_bytes", { namespace: 'a"b\\c\nd', persistentvolumeclaim: "p" })
        .seriesKey,
    ).toBe('kubelet_volume_stats_used_bytes{namespace="a\\"b\\\\c\\nd",persistentvolumeclaim="p"}');
  });

  it("decides pod or node for Tierscope's own names by the labels present", () => {
    expect(series("io_pressure_ratio", { namespace: "ml", pod: "p", node: "n1" }).seriesKey).toBe(
      'io_pressure_ratio{namespace="ml",pod="p"}',
    );
    expect(series("io_pressure_ratio", { node: "n1" }).seriesKey).toBe('io_pressure_ratio{node="n1"}');
  });
});

describe("normalizeSeriesLabels: required labels", () => {
  it.each([
    ["kubelet_volume_stats_used_bytes", { namespace: "ml" }, "label persistentvolumeclaim"],
    ["kubelet_volume_stats_used_bytes", { persistentvolumeclaim: "d" }, "label namespace"],
    ["DCGM_FI_DEV_GPU_UTIL", { pod: "p" }, "label gpu"],
    ["node_disk_read_bytes_total", { device: "sda" }, "label node"],
    ["disk_read_bytes_per_second", { device: "sda" }, "labels"],
  ])("refuses %s without the label that identifies it (%j)", (name, labels, field) => {
    expect(normalizeSeriesLabels(mapping(name), labels)).toMatchObject({ ok: false, field });
  });

  it("names the accepted variants of a missing label", () => {
    expect(normalizeSeriesLabels(mapping("DCGM_FI_DEV_GPU_UTIL"), {})).toEqual({
      ok: false,
      field: "label gpu",
      problem: "missing or empty (accepted: UUID, uuid, gpu_uuid, gpu)",
    });
  });

  it("skips a cgroup that is not a pod's (system slices, the root)", () => {
    expect(
      normalizeSeriesLabels(mapping("container_pressure_io_waiting_seconds_total"), {
        id: "/system.slice/kubelet.service",
      }),
    ).toEqual({
      ok: false,
      skip: "no-pod",
    });
  });
});
