import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCloudWatchMetricData } from "./parse-cloudwatch-metric-data";

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("parseCloudWatchMetricData", () => {
  it("reads EFS byte sums per file system and period, and marks partial periods", () => {
    const readings = parseCloudWatchMetricData(read("efs-get-metric-data.json"), {
      source: "efs.json",
      periodSeconds: 43_200,
    });
    expect(readings.map((r) => [r.target, r.metric, r.at.toISOString(), r.value, r.partial])).toEqual([
      ["fs-0a1b2c3d", "read_bytes", "2026-11-10T12:00:00.000Z", "10737418240", false],
      ["fs-0a1b2c3d", "read_bytes", "2026-11-10T00:00:00.000Z", "5368709120", false],
      ["fs-0a1b2c3d", "write_bytes", "2026-11-10T00:00:00.000Z", "1073741824", true],
    ]);
    expect(readings.every((r) => r.periodSeconds === 43_200 && r.node === "")).toBe(true);
  });

  it("reads S3 request metrics per bucket", () => {
    const readings = parseCloudWatchMetricData(read("s3-request-metrics.json"), {
      source: "s3.json",
      periodSeconds: 86_400,
    });
    expect(readings.map((r) => [r.target, r.metric, r.value])).toEqual([
      ["tierscope-datasets", "get_requests", "2500000"],
      ["tierscope-datasets", "list_requests", "40000"],
    ]);
  });

  it("refuses a result of another metric, an unnamed resource, a failed query and a fractional value", () => {
    const doc = (result: object) => JSON.stringify({ MetricDataResults: [result], Messages: [] });
    const ok = { Label: "fs-1 DataReadIOBytes", Timestamps: ["2026-11-10T00:00:00Z"], Values: [1] };
    const parse = (result: object) => () =>
      parseCloudWatchMetricData(doc(result), { source: "f.json", periodSeconds: 60 });
    expect(parse({ ...ok, Label: "fs-1 CPUUtilization" })).toThrow(
      /MetricDataResults\[0\]: Label: .*names none/,
    );
    expect(parse({ ...ok, Label: "DataReadIOBytes" })).toThrow(/does not name the file system or bucket/);
    expect(parse({ ...ok, StatusCode: "Forbidden" })).toThrow(/StatusCode: CloudWatch answered Forbidden/);
    expect(parse({ ...ok, Values: [1.5] })).toThrow(/Values\[0\]: 1.5 is not a whole count/);
    expect(() => parseCloudWatchMetricData("{}", { source: "f.json", periodSeconds: 60 })).toThrow(
      /MetricDataResults: missing/,
    );
  });
});
