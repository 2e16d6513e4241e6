import { describe, expect, it } from "vitest";
import { formatMetricImportSummary, type MetricImportSummary } from "./format-metric-import-summary";

const summary: MetricImportSummary = {
  clusterName: "prod",
  source: { kind: "files", files: [{ path: "a.prom", format: "exposition" }] },
  read: 12_345,
  series: { new: 3, existing: 1 },
  samples: { new: 1200, duplicate: 40, skipped: 9 },
  skipped: { "non-finite": 2, "out-of-range": 1, "counter-baseline": 3, "no-pod": 1, invalid: 2 },
  ignored: {
    samples: 11_000,
    metricCount: 10,
    metrics: Array.from({ length: 10 }, (_, i) => ({ name: `go_m${i}`, samples: 1100 })),
  },
  byMetric: [
    {
      metric: "volume_used_bytes",
      series: { new: 2, existing: 1 },
      samples: { new: 1000, duplicate: 40, skipped: 2 },
    },
    {
      metric: "io_pressure_ratio",
      series: { new: 1, existing: 0 },
      samples: { new: 200, duplicate: 0, skipped: 7 },
    },
  ],
  invalid: { count: 2, listed: ['a.prom:3: up: value: "x" is not a number', "a.prom:9: labels: bad"] },
  warnings: [],
};

describe("formatMetricImportSummary", () => {
  it("shows a table by metric with a total, then the reasons for what was skipped or ignored", () => {
    expect(formatMetricImportSummary(summary).split("\n")).toEqual([
      "Metrics for cluster prod from 1 file(s): 12,345 samples read",
      "metric             series new  existing  samples new  duplicate  skipped",
      "volume_used_bytes           2         1        1,000         40        2",
      "io_pressure_ratio           1         0          200          0        7",
      "total                       3         1        1,200         40        9",
      "Skipped: 2 NaN or infinite, 1 out of range, 3 first sample of a counter (no rate yet), 1 cgroup outside any pod, 2 invalid",
      "Ignored 11,000 samples of 10 metric(s) Tierscope does not keep: go_m0 1,100, go_m1 1,100, go_m2 1,100, go_m3 1,100, go_m4 1,100, go_m5 1,100, go_m6 1,100, go_m7 1,100, … 2 more",
      "Invalid records skipped (--skip-invalid): 2",
      '  a.prom:3: up: value: "x" is not a number',
      "  a.prom:9: labels: bad",
    ]);
  });

  it("names the Prometheus server, range and step, and its warnings", () => {
    const text = formatMetricImportSummary({
      ...summary,
      source: {
        kind: "prometheus",
        url: "http://prom:9090",
        from: "2026-03-01T00:00:00.000Z",
        to: "2026-03-02T00:00:00.000Z",
        stepSeconds: 300,
        queries: 16,
      },
      warnings: ["PromQL info: metric might not be a counter"],
    });
    expect(text).toContain(
      "Metrics for cluster prod from http://prom:9090 (2026-03-01T00:00:00.000Z to 2026-03-02T00:00:00.000Z, step 300 s, 16 queries): 12,345 samples read",
    );
    expect(text).toContain("Warnings from Prometheus:\n  PromQL info: metric might not be a counter");
  });
});
