import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { respondLoading } from "./loading-page";
import { requestIdOf } from "./request-id";
import { DurationHistogram } from "./telemetry/duration-histogram";
import { logEvent } from "./telemetry/json-log";
import { handleProbe } from "./telemetry/probe-routes";
import { routeLabel } from "./telemetry/route-label";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export function isAppBuilt(root: string = PROJECT_ROOT): boolean {
  return existsSync(path.join(root, ".next", "BUILD_ID"));
}

/**
 * Serves with the configuration the build recorded (.next/required-server-files.json), as Next's
 * own standalone server.js does, rather than loading next.config.js again: the same config in a
 * checkout and in the image, where only the standalone build output is copied.
 */
function applyBuiltConfig(root: string): void {
  const recorded = JSON.parse(readFileSync(path.join(root, ".next", "required-server-files.json"), "utf8"));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(recorded.config);
}

export interface WebServer {
  server: Server;
  /** While the server was started with `loading`: the line the loading page shows. */
  showLoading(message: string): void;
  /** Ends the loading state: from here on every request reaches the app. */
  open(): Promise<void>;
  /**
   * Stops taking requests (/readyz fails at once), waits up to `graceMs` for those in flight to
   * finish, then closes the connections that are left.
   */
  drain(graceMs: number): Promise<{ unfinished: number }>;
}

/**
 * Serves the built Next.js app from this process, so the embedded database, the web server and
 * the job worker live and die together: a SIGKILL leaves nothing behind holding the port. Probes
 * (/healthz, /readyz, /metrics) are answered here, before the app; every request is timed and
 * carries a request id (the X-Request-Id response header, the log line, the route handlers).
 *
 * With `loading` (the demo loading its fleet) it listens at once and answers every request but
 * /healthz with the loading page (and /readyz with 503) until `open()`; the app is prepared
 * meanwhile. Without it, it listens once the app is prepared.
 */
export async function startWebServer(options: {
  port: number;
  host?: string;
  loading?: string;
}): Promise<WebServer> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  applyBuiltConfig(PROJECT_ROOT);
  const app = next({ dev: false, dir: PROJECT_ROOT, port: options.port, hostname: options.host });
  const prepared = app.prepare();
  if (options.loading === undefined) await prepared;
  else prepared.catch(() => {});
  const handle = app.getRequestHandler();
  let loading = options.loading;
  const requests = new DurationHistogram(
    "tierscope_http_request_duration_seconds",
    "Time to answer HTTP requests, by method, route and status.",
  );
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | undefined;
  const state = {
    requests,
    inFlight: () => inFlight,
    draining: () => draining,
    loading: () => loading,
  };

  const serveRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const requestId = requestIdOf(req.headers["x-request-id"]);
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    inFlight++;
    res.once("close", () => {
      inFlight--;
      const seconds = (performance.now() - started) / 1000;
      const pathname = (req.url ?? "/").split("?")[0] ?? "/";
      const labels = {
        method: req.method ?? "GET",
        route: routeLabel(pathname),
        status: String(res.statusCode),
      };
      requests.observe(labels, seconds);
      logEvent("info", "request", {
        requestId,
        ...labels,
        path: pathname,
        durationMs: Math.round(seconds * 1000),
      });
      if (inFlight === 0) idle?.();
    });
    try {
      if (await handleProbe(req, res, state)) return;
      if (loading !== undefined) respondLoading(req, res, loading);
      else await handle(req, res);
    } catch (error) {
      logEvent("error", `request failed: ${(error as Error).stack ?? error}`, { requestId });
      if (!res.headersSent) res.statusCode = 500;
      res.end("Internal Server Error");
    }
  };
  const server = createServer((req, res) => {
    void serveRequest(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });

  const drain = async (graceMs: number) => {
    draining = true;
    server.close();
    server.closeIdleConnections();
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const unfinished = inFlight;
    server.closeAllConnections();
    return { unfinished };
  };
  const showLoading = (message: string) => {
    if (loading !== undefined) loading = message;
  };
  const open = async () => {
    await prepared;
    loading = undefined;
  };
  return { server, showLoading, open, drain };
}
