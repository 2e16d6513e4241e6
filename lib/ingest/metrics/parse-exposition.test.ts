import { describe, expect, it } from "vitest";
import { parseExposition, parseExpositionLine } from "./parse-exposition";
import { MetricInputError } from "./source-record";
import { collect, linesOf } from "./test-helpers";

const AT = Date.UTC(2026, 2, 1, 12, 0, 0);

// A kubelet /metrics scrape as kubelet writes it: HELP/TYPE comments, no timestamps.
const KUBELET_SCRAPE = `# HELP kubelet_volume_stats_capacity_bytes [ALPHA] Capacity in bytes of the volume
# TYPE kubelet_volume_stats_capacity_bytes gauge
kubelet_volume_stats_capacity_bytes{namespace="ml",persistentvolumeclaim="train-data"} 1.073741824e+11
# HELP kubelet_volume_stats_used_bytes [ALPHA] Number of used bytes in the volume
# TYPE kubelet_volume_stats_used_bytes gauge
kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="train-data"} 4.2949672960e+10

kubelet_volume_stats_inodes{namespace="ml",persistentvolumeclaim="train-data"} 6553600
`;

describe("parseExpositionLine", () => {
  it("reads a sample with labels and no timestamp", () => {
    expect(
      parseExpositionLine('DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="GPU-1a2b",Hostname="gpu-node-1"} 87'),
    ).toEqual({
      name: "DCGM_FI_DEV_GPU_UTIL",
      labels: { gpu: "0", UUID: "GPU-1a2b", Hostname: "gpu-node-1" },
      value: 87,
    });
  });

  it("reads a millisecond timestamp", () => {
    expect(parseExpositionLine("node_pressure_io_waiting_seconds_total 123.5 1772366400000")).toEqual({
      name: "node_pressure_io_waiting_seconds_total",
      labels: {},
      value: 123.5,
      timestampMs: 1772366400000,
    });
  });

  it("reads OpenMetrics-style timestamps in seconds", () => {
    expect(parseExpositionLine("up 1 1772366400.25")).toMatchObject({ timestampMs: 1772366400250 });
    expect(parseExpositionLine("up 1 1772366400")).toMatchObject({ timestampMs: 1772366400000 });
  });

  it("skips comments and blank lines", () => {
    expect(parseExpositionLine("# TYPE up gauge")).toBeNull();
    expect(parseExpositionLine("   ")).toBeNull();
    expect(parseExpositionLine("# EOF")).toBeNull();
  });

  it("unescapes label values and keeps unknown escapes as written", () => {
    const parsed = parseExpositionLine(String.raw`m{a="quote \" slash \\ nl \n other \d"} 1`);
    expect(parsed).toMatchObject({ labels: { a: 'quote " slash \\ nl \n other \\d' } });
  });

  it("accepts blanks around labels, a trailing comma, and tabs", () => {
    expect(parseExpositionLine('m{ a = "1" , b="2", }\t2')).toEqual({
      name: "m",
      labels: { a: "1", b: "2" },
      value: 2,
    });
  });

  it("reads NaN and infinities as Prometheus writes them", () => {
    expect(parseExpositionLine("m NaN")).toMatchObject({ value: Number.NaN });
    expect(parseExpositionLine("m +Inf")).toMatchObject({ value: Number.POSITIVE_INFINITY });
    expect(parseExpositionLine("m -Inf")).toMatchObject({ value: Number.NEGATIVE_INFINITY });
  });

  it("ignores an exemplar after the value", () => {
    expect(parseExpositionLine('m_total 5 # {trace_id="abc"} 1 1772366400')).toEqual({
      name: "m_total",
      labels: {},
      value: 5,
    });
  });

  it("accepts Prometheus 3 quoted metric names", () => {
    expect(parseExpositionLine('{"my.metric", a="b"} 3')).toEqual({
      name: "my.metric",
      labels: { a: "b" },
      value: 3,
    });
  });

  it.each([
    ['m{a="1"} abc', "value", '"abc" is not a number'],
    ['m{a="1"}', "value", "missing"],
    ['m{a="1} 2', "label a", "unterminated value"],
    ["m{a=1} 2", "label a", "double quotes"],
    ['m{a="1",a="2"} 2', "label a", "appears twice"],
    ['m{a="1" b="2"} 2', "labels", 'expected "," or "}"'],
    ["m 1 12x", "timestamp", '"12x" is not a Unix timestamp'],
    ["m 1 2 3", "timestamp", "unexpected text after the timestamp"],
    ["9m 1", "metric name", "not a metric name"],
    ["m-x 1", "metric name", 'unexpected "-"'],
  ])("reports %j as a bad %s", (line, field, problem) => {
    const parsed = parseExpositionLine(line);
    expect(parsed).toMatchObject({ error: { field } });
    expect((parsed as { error: { problem: string } }).error.problem).toContain(problem);
  });
});

describe("parseExposition", () => {
  it("gives every sample of a scrape without timestamps the --at time, with its file and line", async () => {
    const records = await collect(
      parseExposition(linesOf(KUBELET_SCRAPE), { source: "kubelet.prom", atMs: AT }),
    );
    expect(records).toEqual([
      {
        kind: "sample",
        name: "kubelet_volume_stats_capacity_bytes",
        labels: { namespace: "ml", persistentvolumeclaim: "train-data" },
        atMs: AT,
        value: 107374182400,
        valueKind: "raw",
        position: "kubelet.prom:3",
      },
      expect.objectContaining({
        name: "kubelet_volume_stats_used_bytes",
        value: 42949672960,
        position: "kubelet.prom:6",
      }),
      expect.objectContaining({ name: "kubelet_volume_stats_inodes", position: "kubelet.prom:8" }),
    ]);
  });

  it("prefers a sample's own timestamp to --at", async () => {
    const [record] = await collect(parseExposition(linesOf("up 1 1772366400000"), { source: "f", atMs: AT }));
    expect(record).toMatchObject({ atMs: 1772366400000 });
  });

  it("refuses a sample without a timestamp when --at is missing, naming file, line and metric", async () => {
    await expect(collect(parseExposition(linesOf("# c\nup 1"), { source: "scrape.prom" }))).rejects.toThrow(
      new MetricInputError(
        "scrape.prom:2: up: the sample has no timestamp: pass --at TIME for a scrape without timestamps",
      ),
    );
  });

  it("yields a bad line as an invalid record with file, line, metric and field, and goes on", async () => {
    const text = 'up 1 1772366400000\nDCGM_FI_DEV_GPU_UTIL{gpu="0"} lots 1772366400000\nup 2 1772366415000';
    const records = await collect(parseExposition(linesOf(text), { source: "gpu.prom" }));
    expect(records.map((r) => r.kind)).toEqual(["sample", "invalid", "sample"]);
    expect(records[1]).toEqual({
      kind: "invalid",
      position: "gpu.prom:2",
      metric: "DCGM_FI_DEV_GPU_UTIL",
      field: "value",
      problem: '"lots" is not a number',
    });
  });
});
