import { describe, expect, it } from "vitest";
import { DurationHistogram } from "./duration-histogram";
import { renderMetrics } from "./render-metrics";
import { routeLabel } from "./route-label";

const memory = { rss: 1000, heapUsed: 500, heapTotal: 800, external: 0, arrayBuffers: 0 };
const noCounts = {
  imports: [],
  lastSuccessfulImport: [],
  metricPushes: [],
  jobs: [],
  digestSends: [],
  alertDeliveries: [],
};

describe("renderMetrics", () => {
  it("writes cumulative duration buckets with count and sum", () => {
    const histogram = new DurationHistogram("t_seconds", "Test durations.");
    histogram.observe({ route: "/api/v1/costs" }, 0.02);
    histogram.observe({ route: "/api/v1/costs" }, 3);
    const text = renderMetrics({
      requests: histogram,
      counts: noCounts,
      memory,
      inFlightRequests: 2,
    });
    expect(text).toContain("# TYPE t_seconds histogram");
    expect(text).toContain('t_seconds_bucket{route="/api/v1/costs",le="0.01"} 0');
    expect(text).toContain('t_seconds_bucket{route="/api/v1/costs",le="0.025"} 1');
    expect(text).toContain('t_seconds_bucket{route="/api/v1/costs",le="5"} 2');
    expect(text).toContain('t_seconds_bucket{route="/api/v1/costs",le="+Inf"} 2');
    expect(text).toContain('t_seconds_count{route="/api/v1/costs"} 2');
    expect(text).toContain('t_seconds_sum{route="/api/v1/costs"} 3.02');
    expect(text).toContain("tierscope_http_requests_in_flight 2");
    expect(text.endsWith("\n")).toBe(true);
  });

  it("reports imports by cluster and result, last success, metrics pushes, queue depth, digest and alert sends", () => {
    const text = renderMetrics({
      requests: new DurationHistogram("t_seconds", "x"),
      counts: {
        imports: [{ cluster: 'we"ird', source: "push", status: "failed", count: 3 }],
        lastSuccessfulImport: [{ cluster: "eks", finishedAt: new Date("2026-12-01T00:00:00Z") }],
        metricPushes: [{ cluster: "eks", count: 2, lastReceivedAt: new Date("2026-12-01T00:00:00Z") }],
        jobs: [{ queue: "digest-send", state: "created", count: 4 }],
        digestSends: [{ status: "sent", count: 7 }],
        alertDeliveries: [{ channel: "webhook", status: "sent", count: 3 }],
      },
      memory,
      inFlightRequests: 0,
    });
    expect(text).toContain('tierscope_imports_total{cluster="we\\"ird",source="push",result="failed"} 3');
    expect(text).toContain('tierscope_last_successful_import_timestamp_seconds{cluster="eks"} 1796083200');
    expect(text).toContain('tierscope_job_queue_depth{queue="digest-send",state="created"} 4');
    expect(text).toContain('tierscope_digest_sends_total{status="sent"} 7');
    expect(text).toContain('tierscope_metric_pushes_total{cluster="eks"} 2');
    expect(text).toContain('tierscope_last_metric_push_timestamp_seconds{cluster="eks"} 1796083200');
    expect(text).toContain('tierscope_alert_deliveries_total{channel="webhook",status="sent"} 3');
    expect(text).toContain("tierscope_process_resident_memory_bytes 1000");
  });
});

describe("routeLabel", () => {
  it("keeps ids and names out of labels", () => {
    expect(routeLabel("/api/v1/clusters/eks-prod/observations")).toBe("/api/v1/clusters");
    expect(routeLabel("/volumes/123")).toBe("/volumes");
    expect(routeLabel("/_next/static/chunks/a.js")).toBe("/_next");
    expect(routeLabel("/")).toBe("/");
  });
});
