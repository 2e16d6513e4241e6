import { describe, expect, it } from "vitest";
import { PrometheusErrorResponse, parseQueryRange } from "./parse-query-range";
import { MetricInputError } from "./source-record";
import { chunksOf, collect } from "./test-helpers";

// Saved /api/v1/query_range responses, as Prometheus writes them (values are strings).
const MATRIX = JSON.stringify(
  {
    status: "success",
    data: {
      resultType: "matrix",
      result: [
        {
          metric: {
            __name__: "kubelet_volume_stats_used_bytes",
            namespace: "ml",
            persistentvolumeclaim: "ckpt",
          },
          values: [
            [1772366400, "1073741824"],
            [1772366460.5, "2147483648"],
          ],
        },
        {
          metric: {
            __name__: "DCGM_FI_DEV_GPU_UTIL",
            gpu: "0",
            UUID: "GPU-aa",
            pod: "train-0",
            namespace: "ml",
          },
          values: [[1772366400, "NaN"]],
        },
      ],
    },
  },
  null,
  1,
);

async function parse(text: string, options: Partial<Parameters<typeof parseQueryRange>[1]> = {}) {
  return collect(parseQueryRange(chunksOf(text, 16), { source: "saved.json", ...options }));
}

describe("parseQueryRange", () => {
  it("reads every point of every series of a matrix, with its position", async () => {
    const records = await parse(MATRIX);
    expect(records).toEqual([
      {
        kind: "sample",
        name: "kubelet_volume_stats_used_bytes",
        labels: { namespace: "ml", persistentvolumeclaim: "ckpt" },
        atMs: 1772366400000,
        value: 1073741824,
        valueKind: "raw",
        position: "saved.json:6 ($.data.result[0].values[0])",
      },
      expect.objectContaining({ atMs: 1772366460500, value: 2147483648 }),
      expect.objectContaining({
        name: "DCGM_FI_DEV_GPU_UTIL",
        value: Number.NaN,
        labels: expect.objectContaining({ UUID: "GPU-aa" }),
      }),
    ]);
  });

  it("reads an instant-query vector", async () => {
    const vector = `{"status":"success","data":{"resultType":"vector","result":[
      {"metric":{"__name__":"node_pressure_io_waiting_seconds_total","instance":"n1:9100"},"value":[1772366400.781,"12.5"]}]}}`;
    expect(await parse(vector)).toEqual([
      expect.objectContaining({
        name: "node_pressure_io_waiting_seconds_total",
        atMs: 1772366400781,
        value: 12.5,
      }),
    ]);
  });

  it("accepts keys in any order (jq -S puts data before status and result before resultType)", async () => {
    const sorted = `{"data":{"result":[{"metric":{"__name__":"up"},"values":[[1,"1"]]}],"resultType":"matrix"},"status":"success"}`;
    expect(await parse(sorted)).toHaveLength(1);
  });

  it("names every series after the query's metric, as rates, when told (rate() drops __name__)", async () => {
    const rates = `{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"device":"nvme0n1"},"values":[[1,"0.25"]]}]}}`;
    const [record] = await parse(rates, { sourceMetric: "node_disk_read_bytes_total", valueKind: "rate" });
    expect(record).toMatchObject({
      name: "node_disk_read_bytes_total",
      valueKind: "rate",
      labels: { device: "nvme0n1" },
    });
  });

  it("reports Prometheus's error response with its type and message", async () => {
    const error = `{"status":"error","errorType":"bad_data","error":"invalid parameter \\"query\\": parse error"}`;
    await expect(parse(error)).rejects.toThrow(PrometheusErrorResponse);
    await expect(parse(error)).rejects.toThrow(
      'saved.json: Prometheus answered with an error: bad_data: invalid parameter "query": parse error',
    );
  });

  it("refuses JSON that is not an API response, and unsupported result types", async () => {
    await expect(parse('{"data":{"result":[]}}')).rejects.toThrow(
      'saved.json: not a Prometheus API response (no "status"',
    );
    await expect(
      parse('{"status":"success","data":{"resultType":"scalar","result":[1,"2"]}}'),
    ).rejects.toThrow('resultType "scalar" is not supported');
  });

  it("yields bad points and series as invalid records with file, line and JSON path", async () => {
    const bad = `{"status":"success","data":{"resultType":"matrix","result":[
{"metric":{"__name__":"up"},"values":[[1,"1"],["x","2"],[3,"lots"],[4]]},
{"metric":{"job":"no-name"},"values":[[1,"1"]]},
{"metric":{"__name__":"up","n":5},"values":[]}
]}}`;
    const records = await parse(bad);
    expect(records.filter((r) => r.kind === "invalid")).toEqual([
      {
        kind: "invalid",
        position: "saved.json:2 ($.data.result[0].values[1][0])",
        field: "timestamp",
        problem: '"x" is not Unix seconds',
        metric: "up",
      },
      {
        kind: "invalid",
        position: "saved.json:2 ($.data.result[0].values[2][1])",
        field: "value",
        problem: '"lots" is not a number',
        metric: "up",
      },
      {
        kind: "invalid",
        position: "saved.json:2 ($.data.result[0].values[3])",
        field: "point",
        problem: 'must be [unix_seconds, "value"]',
        metric: "up",
      },
      expect.objectContaining({
        position: "saved.json:3 ($.data.result[1].metric.__name__)",
        field: "__name__",
      }),
      expect.objectContaining({ position: "saved.json:4 ($.data.result[2].metric)", field: "metric" }),
    ]);
    expect(records.filter((r) => r.kind === "sample")).toHaveLength(1);
  });

  it("passes warnings on", async () => {
    const warnings: string[] = [];
    await parse(
      `{"status":"success","warnings":["partial response"],"data":{"resultType":"matrix","result":[]}}`,
      {
        onWarning: (w) => warnings.push(w),
      },
    );
    expect(warnings).toEqual(["partial response"]);
  });

  it("streams a file of many series holding at most one series at a time", async () => {
    const series = (i: number) => `{"metric":{"__name__":"up","i":"${i}"},"values":[[1,"1"],[2,"1"]]}`;
    const text = `{"status":"success","data":{"resultType":"matrix","result":[${Array.from({ length: 500 }, (_, i) => series(i)).join(",")}]}}`;
    // Each series is ~60 characters: a limit of 100 would fail if more than one were ever held.
    const records = await collect(
      parseQueryRange(chunksOf(text, 4096), { source: "big.json", maxSeriesChars: 100 }),
    );
    expect(records).toHaveLength(1000);
  });

  it("says which series is too large to hold", async () => {
    await expect(parse(MATRIX, { maxSeriesChars: 50 })).rejects.toThrow(MetricInputError);
    await expect(parse(MATRIX, { maxSeriesChars: 50 })).rejects.toThrow(
      "saved.json:6: the value at $.data.result[0] is longer than 50 characters",
    );
  });

  it("names the file and line of a JSON syntax error", async () => {
    await expect(parse('{"status":"success",\n"data": {"result": [}}')).rejects.toThrow(
      new MetricInputError('saved.json:2: in $.data.result: unexpected "}" where a value should be'),
    );
  });
});
