import { describe, expect, it } from "vitest";
import { parseMetricsCsv, splitCsvLine } from "./parse-metrics-csv";
import { MetricInputError } from "./source-record";
import { collect, linesOf } from "./test-helpers";

const parse = (text: string) => collect(parseMetricsCsv(linesOf(text), { source: "usage.csv" }));

describe("splitCsvLine", () => {
  it("splits quoted and unquoted fields, trimming only unquoted ones", () => {
    expect(splitCsvLine(' a , "b,c" ,"say ""hi""",, " d "')).toEqual(["a", "b,c", 'say "hi"', "", " d "]);
  });

  it("reports an unterminated quote and text after a quoted field", () => {
    expect(splitCsvLine('a,"b')).toEqual({ problem: "unterminated quoted field 2" });
    expect(splitCsvLine('"a"b,c')).toEqual({ problem: "unexpected text after the quoted field 1" });
  });
});

describe("parseMetricsCsv", () => {
  it("reads rows by header name: the fixed columns, every other one a label, empty cells absent", async () => {
    const csv = `# exported from the monitoring system
timestamp,metric,namespace,pod,persistentvolumeclaim,node,gpu,value
2026-03-01T12:00:00Z,kubelet_volume_stats_used_bytes,ml,,train-data,,,1.5e9
1772366460,DCGM_FI_DEV_GPU_UTIL,ml,train-0,,gpu-1,GPU-aa,64
`;
    expect(await parse(csv)).toEqual([
      {
        kind: "sample",
        name: "kubelet_volume_stats_used_bytes",
        labels: { namespace: "ml", persistentvolumeclaim: "train-data" },
        atMs: Date.UTC(2026, 2, 1, 12),
        value: 1.5e9,
        valueKind: "raw",
        position: "usage.csv:3",
      },
      {
        kind: "sample",
        name: "DCGM_FI_DEV_GPU_UTIL",
        labels: { namespace: "ml", pod: "train-0", node: "gpu-1", gpu: "GPU-aa" },
        atMs: 1772366460000,
        value: 64,
        valueKind: "raw",
        position: "usage.csv:4",
      },
    ]);
  });

  it("takes the columns in any order, and label variants as columns", async () => {
    const csv =
      "value,exported_pod,metric,UUID,timestamp\n0.5,train-1,gpu_utilization_ratio,GPU-bb,2026-03-01T12:00:00+01:00";
    expect(await parse(csv)).toEqual([
      expect.objectContaining({
        name: "gpu_utilization_ratio",
        labels: { exported_pod: "train-1", UUID: "GPU-bb" },
        atMs: Date.UTC(2026, 2, 1, 11),
        value: 0.5,
      }),
    ]);
  });

  it("reports bad rows with file, line, metric and column", async () => {
    const csv = `timestamp,metric,namespace,value
yesterday,kubelet_volume_stats_used_bytes,ml,1
2026-03-01T12:00:00Z,kubelet_volume_stats_used_bytes,ml,NaNx
2026-03-01T12:00:00Z,kubelet_volume_stats_used_bytes,ml
2026-03-01T12:00:00Z,,ml,1
2026-03-01T12:00:00Z,"unterminated,ml,1`;
    expect(await parse(csv)).toEqual([
      {
        kind: "invalid",
        position: "usage.csv:2",
        metric: "kubelet_volume_stats_used_bytes",
        field: "timestamp",
        problem: '"yesterday" is neither RFC 3339 nor Unix seconds',
      },
      {
        kind: "invalid",
        position: "usage.csv:3",
        metric: "kubelet_volume_stats_used_bytes",
        field: "value",
        problem: '"NaNx" is not a number',
      },
      {
        kind: "invalid",
        position: "usage.csv:4",
        metric: "kubelet_volume_stats_used_bytes",
        field: "row",
        problem: "has 3 fields, the header has 4",
      },
      { kind: "invalid", position: "usage.csv:5", field: "metric", problem: "empty" },
      { kind: "invalid", position: "usage.csv:6", field: "row", problem: "unterminated quoted field 2" },
    ]);
  });

  it("refuses a header without a required column, or with a column twice", async () => {
    await expect(parse("time,metric,value\n1,m,1")).rejects.toThrow(
      new MetricInputError(
        'usage.csv:1: header: no "timestamp" column (a metrics CSV starts with a header such as timestamp,metric,namespace,pod,persistentvolumeclaim,node,gpu,value)',
      ),
    );
    await expect(parse("timestamp,metric,value,pod,pod")).rejects.toThrow('column "pod" appears twice');
  });
});
