import { describe, expect, it } from "vitest";
import { buildPrometheusQueries } from "./prometheus-queries";

describe("buildPrometheusQueries", () => {
  it("asks for gauges as they are and for counters as 5-minute rates", () => {
    const queries = buildPrometheusQueries({ stepMs: 60_000 });
    expect(queries).toContainEqual({
      sourceMetric: "kubelet_volume_stats_used_bytes",
      query: "kubelet_volume_stats_used_bytes",
      valueKind: "raw",
    });
    expect(queries).toContainEqual({
      sourceMetric: "container_pressure_io_waiting_seconds_total",
      query: "rate(container_pressure_io_waiting_seconds_total[300s])",
      valueKind: "rate",
    });
    expect(queries.map((q) => q.sourceMetric)).not.toContain("volume_used_bytes");
    expect(queries).toHaveLength(16);
  });

  it("widens the rate window to the step so that windows leave no gaps", () => {
    const query = buildPrometheusQueries({ stepMs: 3_600_000 }).find(
      (q) => q.sourceMetric === "node_disk_read_bytes_total",
    );
    expect(query?.query).toBe("rate(node_disk_read_bytes_total[3600s])");
  });

  it("adds the selector to every query, with or without braces", () => {
    for (const selector of ['cluster="prod"', '{cluster="prod"}']) {
      const queries = buildPrometheusQueries({ stepMs: 60_000, selector });
      expect(queries.find((q) => q.sourceMetric === "DCGM_FI_DEV_GPU_UTIL")?.query).toBe(
        'DCGM_FI_DEV_GPU_UTIL{cluster="prod"}',
      );
      expect(queries.find((q) => q.sourceMetric === "node_disk_read_bytes_total")?.query).toBe(
        'rate(node_disk_read_bytes_total{cluster="prod"}[300s])',
      );
    }
  });
});
