import type { IncomingMessage, ServerResponse } from "node:http";
import { getPool, getPrisma } from "../../db/prisma";
import { readOperationalCounts } from "../../queries/telemetry/read-operational-counts";
import { checkReadiness } from "./check-readiness";
import type { DurationHistogram } from "./duration-histogram";
import { mayReadMetrics } from "./metrics-access";
import { renderMetrics } from "./render-metrics";

export interface ProbeState {
  requests: DurationHistogram;
  inFlight: () => number;
  /** Set once SIGTERM arrived: /readyz fails so the load balancer stops sending requests. */
  draining: () => boolean;
  /** What the server is loading before it serves the app (the demo's fleet); undefined once it serves. */
  loading: () => string | undefined;
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, "application/json", JSON.stringify(body));

/**
 * /healthz (the process serves), /readyz (database reachable, migrations applied, not shutting
 * down, not loading) and /metrics (Prometheus), answered before the web app: they work while it
 * is busy. While the server is loading, /readyz and /metrics answer 503 without waiting on the
 * database the load holds.
 * Returns false for any other path.
 */
export async function handleProbe(
  req: IncomingMessage,
  res: ServerResponse,
  state: ProbeState,
): Promise<boolean> {
  const pathname = (req.url ?? "/").split("?")[0];
  if (pathname === "/healthz") {
    json(res, 200, { status: "alive" });
    return true;
  }
  if (pathname === "/readyz") {
    if (state.draining()) {
      json(res, 503, { ready: false, reason: "shutting down" });
      return true;
    }
    const loading = state.loading();
    if (loading !== undefined) {
      json(res, 503, { ready: false, reason: loading });
      return true;
    }
    const readiness = await checkReadiness(getPool());
    json(res, readiness.ready ? 200 : 503, readiness);
    return true;
  }
  if (pathname === "/metrics") {
    if (!mayReadMetrics(req)) {
      json(res, 403, { error: { code: "forbidden", message: "/metrics needs the metrics token" } });
      return true;
    }
    const loading = state.loading();
    if (loading !== undefined) {
      json(res, 503, { error: { code: "loading", message: `Tierscope is starting: ${loading}` } });
      return true;
    }
    const counts = await readOperationalCounts(getPrisma());
    send(
      res,
      200,
      "text/plain; version=0.0.4; charset=utf-8",
      renderMetrics({
        requests: state.requests,
        counts,
        memory: process.memoryUsage(),
        inFlightRequests: state.inFlight(),
      }),
    );
    return true;
  }
  return false;
}
