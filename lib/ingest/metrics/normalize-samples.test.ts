import { describe, expect, it } from "vitest";
import { SampleNormalizer } from "./normalize-samples";
import type { Labels, SourceSample } from "./source-record";

const T0 = Date.UTC(2026, 2, 1);

function sample(
  name: string,
  labels: Labels,
  seconds: number,
  value: number,
  valueKind: "raw" | "rate" = "raw",
): SourceSample {
  return {
    kind: "sample",
    name,
    labels,
    atMs: T0 + seconds * 1000,
    value,
    valueKind,
    position: `f:${seconds}`,
  };
}

const GPU = { UUID: "GPU-aa", namespace: "ml", pod: "train-0" };
const POD = { namespace: "ml", pod: "train-0", container: "main" };

describe("SampleNormalizer", () => {
  it("stores GPU_UTIL percent as a 0-1 ratio and GR_ENGINE_ACTIVE as it is, as separate series", () => {
    const normalizer = new SampleNormalizer();
    const percent = normalizer.normalize(sample("DCGM_FI_DEV_GPU_UTIL", GPU, 0, 87));
    const ratio = normalizer.normalize(sample("DCGM_FI_PROF_GR_ENGINE_ACTIVE", GPU, 0, 0.42));
    expect(percent).toMatchObject({
      kind: "sample",
      value: 0.87,
      series: { metric: "gpu_utilization_ratio", sourceMetric: "DCGM_FI_DEV_GPU_UTIL" },
    });
    expect(ratio).toMatchObject({
      kind: "sample",
      value: 0.42,
      series: { metric: "gpu_utilization_ratio", sourceMetric: "DCGM_FI_PROF_GR_ENGINE_ACTIVE" },
    });
    if (percent.kind !== "sample" || ratio.kind !== "sample") throw new Error("expected samples");
    expect(percent.series.seriesKey).not.toBe(ratio.series.seriesKey);
  });

  it("keeps volume bytes as bytes", () => {
    const event = new SampleNormalizer().normalize(
      sample(
        "kubelet_volume_stats_capacity_bytes",
        { namespace: "ml", persistentvolumeclaim: "d" },
        0,
        107374182400,
      ),
    );
    expect(event).toMatchObject({
      kind: "sample",
      value: 107374182400,
      series: { metric: "volume_capacity_bytes" },
    });
  });

  it("turns a PSI counter in a file into the share of time stalled, from the second sample on", () => {
    const normalizer = new SampleNormalizer();
    const events = [
      sample("container_pressure_io_waiting_seconds_total", POD, 0, 100),
      sample("container_pressure_io_waiting_seconds_total", POD, 60, 115),
      sample("container_pressure_io_waiting_seconds_total", POD, 120, 4.5),
    ].map((s) => normalizer.normalize(s));
    expect(events).toEqual([
      { kind: "skipped", metric: "io_pressure_ratio", reason: "counter-baseline" },
      expect.objectContaining({ kind: "sample", value: 0.25, atMs: T0 + 60_000 }),
      // A reset: 4.5 s stalled since the counter restarted, over 60 s.
      expect.objectContaining({ kind: "sample", value: 0.075, atMs: T0 + 120_000 }),
    ]);
  });

  it("turns disk counters into bytes and operations per second", () => {
    const normalizer = new SampleNormalizer();
    const labels = { instance: "n1:9100", device: "nvme1n1" };
    normalizer.normalize(sample("node_disk_written_bytes_total", labels, 0, 1e9));
    normalizer.normalize(sample("node_disk_writes_completed_total", labels, 0, 5000));
    expect(normalizer.normalize(sample("node_disk_written_bytes_total", labels, 10, 1.5e9))).toMatchObject({
      value: 5e7,
      series: { metric: "disk_write_bytes_per_second", node: "n1" },
    });
    expect(normalizer.normalize(sample("node_disk_writes_completed_total", labels, 10, 6000))).toMatchObject({
      value: 100,
      series: { metric: "disk_write_ops_per_second" },
    });
  });

  it("takes a rate from PromQL as it is", () => {
    const event = new SampleNormalizer().normalize(
      sample("node_disk_read_bytes_total", { node: "n1", device: "sda" }, 0, 1234.5, "rate"),
    );
    expect(event).toMatchObject({ kind: "sample", value: 1234.5 });
  });

  it("clips a pressure ratio a hair above 1 (scrape jitter) to 1", () => {
    const event = new SampleNormalizer().normalize(
      sample("node_pressure_io_waiting_seconds_total", { node: "n1" }, 0, 1.02, "rate"),
    );
    expect(event).toMatchObject({ kind: "sample", value: 1 });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "skips %d and counts it",
    (value) => {
      expect(new SampleNormalizer().normalize(sample("DCGM_FI_DEV_GPU_UTIL", GPU, 0, value))).toEqual({
        kind: "skipped",
        metric: "gpu_utilization_ratio",
        reason: "non-finite",
      });
    },
  );

  it("skips a NaN counter sample without moving its baseline", () => {
    const normalizer = new SampleNormalizer();
    normalizer.normalize(sample("node_disk_reads_completed_total", { node: "n1", device: "sda" }, 0, 100));
    expect(
      normalizer.normalize(
        sample("node_disk_reads_completed_total", { node: "n1", device: "sda" }, 10, Number.NaN),
      ),
    ).toMatchObject({
      reason: "non-finite",
    });
    expect(
      normalizer.normalize(sample("node_disk_reads_completed_total", { node: "n1", device: "sda" }, 20, 300)),
    ).toMatchObject({
      value: 10,
    });
  });

  it.each([
    // DCGM's "not supported" sentinel, 9223372036854775794 as written in a scrape.
    ["DCGM_FI_DEV_GPU_UTIL", 2 ** 63 - 14],
    ["DCGM_FI_DEV_GPU_UTIL", 140],
    ["DCGM_FI_PROF_GR_ENGINE_ACTIVE", 1.5],
    ["DCGM_FI_DEV_GPU_UTIL", -1],
  ])("skips %s = %d as out of range (sentinels, impossible values)", (name, value) => {
    expect(new SampleNormalizer().normalize(sample(name, GPU, 0, value))).toMatchObject({
      kind: "skipped",
      reason: "out-of-range",
    });
  });

  it("ignores metrics Tierscope does not keep, by name", () => {
    expect(new SampleNormalizer().normalize(sample("go_goroutines", {}, 0, 42))).toEqual({
      kind: "ignored",
      sourceMetric: "go_goroutines",
    });
  });

  it("reports a missing identifying label as invalid, with the sample's position and metric", () => {
    expect(
      new SampleNormalizer().normalize(sample("kubelet_volume_stats_used_bytes", { namespace: "ml" }, 7, 1)),
    ).toEqual({
      kind: "invalid",
      metric: "volume_used_bytes",
      record: {
        kind: "invalid",
        position: "f:7",
        metric: "kubelet_volume_stats_used_bytes",
        field: "label persistentvolumeclaim",
        problem: "missing or empty (accepted: exported_persistentvolumeclaim, persistentvolumeclaim)",
      },
    });
  });

  it("reports a counter sample out of time order as invalid, and a repeat as a duplicate", () => {
    const normalizer = new SampleNormalizer();
    normalizer.normalize(sample("node_disk_read_bytes_total", { node: "n1", device: "sda" }, 60, 100));
    expect(
      normalizer.normalize(sample("node_disk_read_bytes_total", { node: "n1", device: "sda" }, 60, 100)),
    ).toEqual({
      kind: "repeat",
      metric: "disk_read_bytes_per_second",
    });
    expect(
      normalizer.normalize(sample("node_disk_read_bytes_total", { node: "n1", device: "sda" }, 0, 50)),
    ).toMatchObject({
      kind: "invalid",
      record: {
        field: "timestamp",
        problem: expect.stringContaining("counter samples must be in time order"),
      },
    });
  });

  it("skips container series outside any pod", () => {
    expect(new SampleNormalizer().normalize(sample("container_fs_writes_total", { id: "/" }, 0, 1))).toEqual({
      kind: "skipped",
      metric: "disk_write_ops_per_second",
      reason: "no-pod",
    });
  });
});

describe("SampleNormalizer on invalid records", () => {
  it("passes a parser's invalid record on, with the Tierscope metric when its name is known", () => {
    const normalizer = new SampleNormalizer();
    const record = {
      kind: "invalid" as const,
      position: "f:1",
      metric: "DCGM_FI_DEV_GPU_UTIL",
      field: "value",
      problem: "x",
    };
    expect(normalizer.normalize(record)).toEqual({
      kind: "invalid",
      record,
      metric: "gpu_utilization_ratio",
    });
    const unnamed = { kind: "invalid" as const, position: "f:2", field: "metric name", problem: "x" };
    expect(normalizer.normalize(unnamed)).toEqual({ kind: "invalid", record: unnamed, metric: undefined });
  });
});
