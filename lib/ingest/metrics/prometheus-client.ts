import { parseQueryRange } from "./parse-query-range";
import type { PrometheusQuery } from "./prometheus-queries";
import type { SourceRecord } from "./source-record";
import { type QueryWindow, splitQueryRange } from "./split-query-range";

// A small client for Prometheus's /api/v1/query_range (and servers that speak it: Thanos, Mimir,
// VictoriaMetrics). `fetch` comes from the caller. Failures that may pass (HTTP 429, 5xx, a
// refused or dropped connection, no answer in time) are retried with exponential backoff (or the
// server's Retry-After), bounded both in attempts and in total time; any other answer fails at once
// with what the server said. A response body is streamed into the parser, never held whole.

export interface RetryPolicy {
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** No retry starts once this much time has passed since the first attempt. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 5,
  initialDelayMs: 500,
  maxDelayMs: 10_000,
  maxTotalMs: 60_000,
};

export interface PrometheusClientOptions {
  /** The server's base URL, e.g. http://prometheus:9090 or https://host/prometheus. */
  url: string;
  fetch: typeof fetch;
  bearerToken?: string;
  retry?: Partial<RetryPolicy>;
  /** Until the response headers arrive; 60 s by default. */
  headersTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds from any origin, for the total-time bound. */
  clock?: () => number;
  onWarning?: (warning: string) => void;
}

export class PrometheusRequestError extends Error {
  override name = "PrometheusRequestError";
}

interface ApiError {
  errorType: string;
  error: string;
}

function apiErrorOf(body: string): ApiError | undefined {
  try {
    const parsed = JSON.parse(body) as Partial<ApiError> & { status?: string };
    if (parsed.status === "error")
      return { errorType: parsed.errorType ?? "error", error: parsed.error ?? "" };
  } catch {
    // not JSON: a proxy's HTML page, plain text
  }
  return undefined;
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === "AbortError")
    return `no response within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { message?: string } | undefined) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return cause?.message ? `${message}: ${cause.message}` : message;
}

async function* textOf(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield decoder.decode(value, { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    reader.releaseLock();
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

export class PrometheusClient {
  private readonly base: string;
  private readonly retry: RetryPolicy;
  private readonly headersTimeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => number;

  constructor(private readonly options: PrometheusClientOptions) {
    const url = URL.canParse(options.url) ? new URL(options.url) : undefined;
    if (url?.protocol !== "http:" && url?.protocol !== "https:") {
      throw new PrometheusRequestError(`--prometheus must be an http(s) URL, not ${options.url}`);
    }
    this.base = options.url.replace(/\/+$/, "");
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.headersTimeoutMs = options.headersTimeoutMs ?? 60_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.clock = options.clock ?? (() => performance.now());
  }

  /** The query's samples over the window, split into pieces Prometheus accepts, in time order. */
  async *queryRange(query: PrometheusQuery, window: QueryWindow): AsyncGenerator<SourceRecord> {
    for (const piece of splitQueryRange(window)) {
      const params = new URLSearchParams({
        query: query.query,
        start: String(piece.startMs / 1000),
        end: String(piece.endMs / 1000),
        step: String(piece.stepMs / 1000),
      });
      const what = `${query.query} from ${iso(piece.startMs)} to ${iso(piece.endMs)}`;
      const response = await this.get(`${this.base}/api/v1/query_range?${params}`, what);
      if (!response.body) throw new PrometheusRequestError(`Prometheus sent no body for ${what}`);
      yield* parseQueryRange(textOf(response.body), {
        source: `Prometheus (${what})`,
        sourceMetric: query.sourceMetric,
        valueKind: query.valueKind,
        onWarning: this.options.onWarning,
      });
    }
  }

  private async attempt(url: string): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.headersTimeoutMs);
    const headers: Record<string, string> = { Accept: "application/json" };
    if (this.options.bearerToken) headers.Authorization = `Bearer ${this.options.bearerToken}`;
    try {
      return await this.options.fetch(url, { headers, signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  }

  private async get(url: string, what: string): Promise<Response> {
    const started = this.clock();
    for (let attempt = 1; ; attempt++) {
      let problem: string;
      let retryAfterMs: number | undefined;
      try {
        const response = await this.attempt(url);
        if (response.ok) return response;
        const body = await response.text();
        const apiError = apiErrorOf(body);
        const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
        problem = apiError ? `${status}: ${apiError.errorType}: ${apiError.error}` : status;
        if (response.status !== 429 && response.status < 500)
          throw this.refused(response.status, problem, what, apiError);
        const retryAfter = Number(response.headers.get("retry-after"));
        if (Number.isFinite(retryAfter) && retryAfter > 0) retryAfterMs = retryAfter * 1000;
      } catch (error) {
        if (error instanceof PrometheusRequestError) throw error;
        problem = describeNetworkError(error, this.headersTimeoutMs);
      }
      const delay = Math.min(
        this.retry.maxDelayMs,
        retryAfterMs ?? this.retry.initialDelayMs * 2 ** (attempt - 1),
      );
      const elapsed = this.clock() - started;
      if (attempt >= this.retry.maxAttempts || elapsed + delay > this.retry.maxTotalMs) {
        throw new PrometheusRequestError(
          `Prometheus at ${this.base} failed for ${what}: gave up after ${attempt} attempt(s) in ${(elapsed / 1000).toFixed(1)} s; last: ${problem}`,
        );
      }
      await this.sleep(delay);
    }
  }

  private refused(status: number, problem: string, what: string, apiError: ApiError | undefined) {
    if (apiError)
      return new PrometheusRequestError(
        `Prometheus rejected ${what}: ${apiError.errorType}: ${apiError.error}`,
      );
    const hint =
      status === 401 || status === 403
        ? ": check --bearer-token or --bearer-token-file"
        : status === 404
          ? `: is ${this.base} a Prometheus server (it should serve /api/v1/query_range)?`
          : "";
    return new PrometheusRequestError(`Prometheus at ${this.base} answered ${problem} for ${what}${hint}`);
  }
}
