import type { FetchFn } from "./types";

export interface RetryOptions {
  /** Total attempts, the first included. */
  maxAttempts?: number;
  /** Give up rather than start a wait that would end after this many ms from the first attempt. */
  maxElapsedMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** 0..1; the delay is scaled into [50 %, 100 %] of its backoff so clients do not retry in step. */
  random?: () => number;
  /** Extra retryable answers, e.g. AWS's HTTP 400 ThrottlingException. */
  isRetryable?: (status: number, body: string) => boolean;
}

export interface FetchedText {
  status: number;
  body: string;
  headers: Headers;
  attempts: number;
}

/**
 * GET/POST with bounded retries: 429, 5xx and network errors are retried with exponential backoff
 * (honouring Retry-After), at most `maxAttempts` times and never past `maxElapsedMs`. Any other
 * answer is returned to the caller, which knows what its API's errors mean.
 */
export async function fetchWithRetry(
  fetchFn: FetchFn,
  url: string,
  init: RequestInit = {},
  options: RetryOptions = {},
): Promise<FetchedText> {
  const maxAttempts = options.maxAttempts ?? 5;
  const maxElapsed = options.maxElapsedMs ?? 120_000;
  const base = options.baseDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const started = now();
  let lastProblem = "";
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let retryAfterMs: number | null = null;
    try {
      const response = await fetchFn(url, init);
      const body = await response.text();
      const retryable =
        response.status === 429 ||
        response.status >= 500 ||
        (options.isRetryable?.(response.status, body) ?? false);
      if (!retryable) return { status: response.status, body, headers: response.headers, attempts: attempt };
      lastProblem = `HTTP ${response.status}`;
      const header = Number(response.headers.get("retry-after"));
      if (Number.isFinite(header) && header > 0) retryAfterMs = header * 1000;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    if (attempt === maxAttempts) break;
    const backoff = Math.min(maxDelay, base * 2 ** (attempt - 1)) * (0.5 + random() / 2);
    const delay = retryAfterMs ?? backoff;
    if (now() - started + delay > maxElapsed) {
      throw new Error(
        `${new URL(url).host}: gave up after ${attempt} attempt(s) in ${maxElapsed / 1000} s (${lastProblem})`,
      );
    }
    await sleep(delay);
  }
  throw new Error(`${new URL(url).host}: gave up after ${maxAttempts} attempts (${lastProblem})`);
}
