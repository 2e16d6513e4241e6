import { afterEach, describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../../costing/day-window";
import { errorBody, type FakePrometheus, startFakePrometheus } from "../../testing/fake-prometheus-server";
import { PrometheusClient, type PrometheusClientOptions, PrometheusRequestError } from "./prometheus-client";
import type { PrometheusQuery } from "./prometheus-queries";
import type { SourceSample } from "./source-record";
import { collect } from "./test-helpers";

let server: FakePrometheus | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const T0 = Date.UTC(2026, 2, 1);
const USED: PrometheusQuery = {
  sourceMetric: "kubelet_volume_stats_used_bytes",
  query: "kubelet_volume_stats_used_bytes",
  valueKind: "raw",
};
const READ_RATE: PrometheusQuery = {
  sourceMetric: "node_disk_read_bytes_total",
  query: "rate(node_disk_read_bytes_total[300s])",
  valueKind: "rate",
};
const claim = { __name__: "kubelet_volume_stats_used_bytes", namespace: "ml", persistentvolumeclaim: "data" };

function client(url: string, options: Partial<PrometheusClientOptions> = {}) {
  const delays: number[] = [];
  const prometheus = new PrometheusClient({
    url,
    fetch,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...options,
  });
  return { prometheus, delays };
}

describe("PrometheusClient.queryRange", () => {
  it("asks query_range for the window and step and yields its samples", async () => {
    server = await startFakePrometheus({
      series: { [USED.query]: [{ metric: claim, value: (t) => String(t - T0 / 1000) }] },
    });
    const { prometheus } = client(`${server.url}/`);
    const records = await collect(
      prometheus.queryRange(USED, { startMs: T0, endMs: T0 + 120_000, stepMs: 60_000 }),
    );
    expect(server.requests).toHaveLength(1);
    const params = server.requests[0]?.params;
    expect(server.requests[0]?.path).toBe("/api/v1/query_range");
    expect([params?.get("query"), params?.get("start"), params?.get("end"), params?.get("step")]).toEqual([
      "kubelet_volume_stats_used_bytes",
      String(T0 / 1000),
      String(T0 / 1000 + 120),
      "60",
    ]);
    expect(records.map((r) => [(r as SourceSample).atMs, (r as SourceSample).value])).toEqual([
      [T0, 0],
      [T0 + 60_000, 60],
      [T0 + 120_000, 120],
    ]);
    expect(records[0]).toMatchObject({
      name: "kubelet_volume_stats_used_bytes",
      labels: { namespace: "ml", persistentvolumeclaim: "data" },
    });
  });

  it("names rate() results after the query's metric and marks them as rates", async () => {
    server = await startFakePrometheus({
      series: {
        [READ_RATE.query]: [{ metric: { instance: "n1:9100", device: "sda" }, value: () => "1048576" }],
      },
    });
    const [record] = await collect(
      client(server.url).prometheus.queryRange(READ_RATE, { startMs: T0, endMs: T0, stepMs: 60_000 }),
    );
    expect(record).toMatchObject({
      kind: "sample",
      name: "node_disk_read_bytes_total",
      valueKind: "rate",
      value: 1048576,
    });
  });

  it("splits a range Prometheus would refuse (over 11,000 points) into pieces it accepts", async () => {
    server = await startFakePrometheus({ series: { [USED.query]: [{ metric: claim, value: () => "1" }] } });
    // 3 days at 15 s: 17,281 points, two pieces.
    const window = { startMs: T0, endMs: T0 + 3 * MS_PER_DAY, stepMs: 15_000 };
    const records = await collect(client(server.url).prometheus.queryRange(USED, window));
    expect(server.requests.map((r) => [Number(r.params.get("start")), Number(r.params.get("end"))])).toEqual([
      [T0 / 1000, T0 / 1000 + 10_999 * 15],
      [T0 / 1000 + 11_000 * 15, T0 / 1000 + 3 * 86_400],
    ]);
    expect(records).toHaveLength(17_281);
    expect(new Set(records.map((r) => (r as SourceSample).atMs)).size).toBe(17_281);
  });

  it("sends the bearer token, and says to check it when refused", async () => {
    server = await startFakePrometheus({
      token: "s3cret",
      series: { [USED.query]: [{ metric: claim, value: () => "1" }] },
    });
    const window = { startMs: T0, endMs: T0, stepMs: 60_000 };
    const ok = await collect(
      client(server.url, { bearerToken: "s3cret" }).prometheus.queryRange(USED, window),
    );
    expect(ok).toHaveLength(1);
    expect(server.requests[0]?.authorization).toBe("Bearer s3cret");
    await expect(
      collect(client(server.url, { bearerToken: "wrong" }).prometheus.queryRange(USED, window)),
    ).rejects.toThrow(
      /answered HTTP 401 Unauthorized for kubelet_volume_stats_used_bytes from .*: check --bearer-token or --bearer-token-file$/,
    );
    expect(server.requests).toHaveLength(2);
  });

  it("retries a 429 after the server's Retry-After, then succeeds", async () => {
    server = await startFakePrometheus({
      series: { [USED.query]: [{ metric: claim, value: () => "7" }] },
      fault: (n) =>
        n === 1 ? { status: 429, body: "Too Many Requests", headers: { "retry-after": "2" } } : undefined,
    });
    const { prometheus, delays } = client(server.url);
    const records = await collect(prometheus.queryRange(USED, { startMs: T0, endMs: T0, stepMs: 60_000 }));
    expect(records).toEqual([expect.objectContaining({ value: 7 })]);
    expect(server.requests).toHaveLength(2);
    expect(delays).toEqual([2000]);
  });

  it("gives up on a 503 that never ends after a bounded number of attempts, backing off exponentially", async () => {
    server = await startFakePrometheus({
      fault: () => ({ status: 503, body: errorBody("unavailable", "too many concurrent queries") }),
    });
    const { prometheus, delays } = client(server.url, { retry: { maxAttempts: 4, initialDelayMs: 100 } });
    await expect(
      collect(prometheus.queryRange(USED, { startMs: T0, endMs: T0, stepMs: 60_000 })),
    ).rejects.toThrow(
      /failed for kubelet_volume_stats_used_bytes from 2026-03-01T00:00:00.000Z to 2026-03-01T00:00:00.000Z: gave up after 4 attempt\(s\) in .* s; last: HTTP 503 Service Unavailable: unavailable: too many concurrent queries$/,
    );
    expect(server.requests).toHaveLength(4);
    expect(delays).toEqual([100, 200, 400]);
  });

  it("stops retrying when the next wait would pass the total time bound", async () => {
    server = await startFakePrometheus({ fault: () => ({ status: 502, body: "Bad Gateway" }) });
    let now = 0;
    const { prometheus, delays } = client(server.url, {
      retry: { maxAttempts: 100, initialDelayMs: 1000, maxDelayMs: 60_000, maxTotalMs: 10_000 },
      clock: () => now,
      sleep: async (ms) => {
        delays.push(ms);
        now += ms;
      },
    });
    await expect(
      collect(prometheus.queryRange(USED, { startMs: T0, endMs: T0, stepMs: 60_000 })),
    ).rejects.toThrow("gave up after 4 attempt(s) in 7.0 s; last: HTTP 502 Bad Gateway");
    // 1 + 2 + 4 = 7 s waited; the next wait (8 s) would end past 10 s.
    expect(delays).toEqual([1000, 2000, 4000]);
  });

  it("fails at once on Prometheus's error JSON for a bad query, with its type and message", async () => {
    server = await startFakePrometheus({
      fault: () => ({ status: 400, body: errorBody("bad_data", '1:6: parse error: unexpected "}"') }),
    });
    const { prometheus, delays } = client(server.url);
    await expect(
      collect(prometheus.queryRange(USED, { startMs: T0, endMs: T0, stepMs: 60_000 })),
    ).rejects.toThrow(
      new PrometheusRequestError(
        'Prometheus rejected kubelet_volume_stats_used_bytes from 2026-03-01T00:00:00.000Z to 2026-03-01T00:00:00.000Z: bad_data: 1:6: parse error: unexpected "}"',
      ),
    );
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("retries a refused connection and then reports it", async () => {
    server = await startFakePrometheus();
    const url = server.url;
    await server.close();
    server = undefined;
    const { prometheus, delays } = client(url, { retry: { maxAttempts: 3, initialDelayMs: 1 } });
    await expect(
      collect(prometheus.queryRange(USED, { startMs: T0, endMs: T0, stepMs: 60_000 })),
    ).rejects.toThrow(/gave up after 3 attempt\(s\) in .* s; last: fetch failed: .*ECONNREFUSED/);
    expect(delays).toEqual([1, 2]);
  });

  it("points at the URL when the server is not Prometheus", async () => {
    server = await startFakePrometheus();
    await expect(
      collect(
        client(`${server.url}/not-prometheus`).prometheus.queryRange(USED, {
          startMs: T0,
          endMs: T0,
          stepMs: 60_000,
        }),
      ),
    ).rejects.toThrow("answered HTTP 404 Not Found for kubelet_volume_stats_used_bytes");
  });

  it("refuses a URL that is not http(s)", () => {
    expect(() => new PrometheusClient({ url: "ftp://x", fetch })).toThrow(
      "--prometheus must be an http(s) URL, not ftp://x",
    );
    expect(() => new PrometheusClient({ url: "prometheus:9090", fetch })).toThrow(
      "--prometheus must be an http(s) URL, not prometheus:9090",
    );
  });
});
