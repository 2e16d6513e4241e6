import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for Prometheus's /api/v1/query_range: a matrix for each known query on the
// requested grid, its 11,000-points-per-series limit, bearer-token checks, and faults to order.

export interface FakeSeries {
  metric: Record<string, string>;
  /** The value at a time (Unix seconds), as Prometheus writes it: a string. */
  value: (atSeconds: number) => string;
}

export interface FakeAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface FakePrometheusOptions {
  /** Series by exact PromQL text; any other query answers an empty matrix. */
  series?: Record<string, FakeSeries[]>;
  /** When set, a request without `Authorization: Bearer <token>` gets 401. */
  token?: string;
  /** Called for every request (n counts from 1): an answer here replaces the normal one. */
  fault?: (n: number, params: URLSearchParams) => FakeAnswer | undefined;
}

export interface FakePrometheus {
  url: string;
  requests: { path: string; params: URLSearchParams; authorization?: string }[];
  close(): Promise<void>;
}

export const MAX_POINTS = 11_000;

export function errorBody(errorType: string, error: string): string {
  return JSON.stringify({ status: "error", errorType, error });
}

function answer(url: URL, options: FakePrometheusOptions): FakeAnswer {
  if (url.pathname !== "/api/v1/query_range") return { status: 404, body: "404 page not found\n" };
  const params = url.searchParams;
  const [start, end, step] = ["start", "end", "step"].map((name) => Number(params.get(name)));
  if (![start, end, step].every(Number.isFinite) || (step as number) <= 0) {
    return {
      status: 400,
      body: errorBody("bad_data", "invalid parameter: start, end and step must be numbers"),
    };
  }
  const times: number[] = [];
  for (let k = 0; (start as number) + k * (step as number) <= (end as number); k++) {
    times.push(Math.round(((start as number) + k * (step as number)) * 1000) / 1000);
  }
  if (times.length > MAX_POINTS) {
    return {
      status: 400,
      body: errorBody(
        "bad_data",
        "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)",
      ),
    };
  }
  const result = (options.series?.[params.get("query") ?? ""] ?? []).map((series) => ({
    metric: series.metric,
    values: times.map((t) => [t, series.value(t)]),
  }));
  return { status: 200, body: JSON.stringify({ status: "success", data: { resultType: "matrix", result } }) };
}

export async function startFakePrometheus(options: FakePrometheusOptions = {}): Promise<FakePrometheus> {
  const requests: FakePrometheus["requests"] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push({ path: url.pathname, params: url.searchParams, authorization: req.headers.authorization });
    const unauthorized =
      options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`;
    const reply = unauthorized
      ? { status: 401, body: "Unauthorized\n" }
      : (options.fault?.(requests.length, url.searchParams) ?? answer(url, options));
    res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
    res.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
