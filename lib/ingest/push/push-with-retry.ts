import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";

export interface PushRequest {
  url: string;
  /** The gzip-compressed body, sent from disk as a stream. */
  file: string;
  headers: Record<string, string>;
  /** Attempts in all; between them the wait doubles from 1 s up to 30 s. */
  attempts: number;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  onRetry?: (attempt: number, waitMs: number, reason: string) => void;
}

export class PushRefusedError extends Error {
  override name = "PushRefusedError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The server is away or overloaded (connection refused or reset, 408, 429, 5xx): try again later. */
function isTransient(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function backoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 1), 30_000);
}

/**
 * POSTs the file with retries while the server is away. A refusal (401, 403, 413, 422 …) is final
 * and names the server's reason. Returns the server's JSON answer.
 */
export async function pushWithRetry(request: PushRequest): Promise<{ status: number; body: unknown }> {
  const size = statSync(request.file).size;
  for (let attempt = 1; ; attempt++) {
    let reason: string;
    try {
      const response = await request.fetch(request.url, {
        method: "POST",
        headers: { ...request.headers, "content-length": String(size) },
        body: Readable.toWeb(createReadStream(request.file)) as ReadableStream<Uint8Array>,
        duplex: "half",
      } as RequestInit);
      const text = await response.text();
      if (response.ok) return { status: response.status, body: text ? JSON.parse(text) : null };
      const message = (() => {
        try {
          return (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text;
        } catch {
          return text;
        }
      })();
      if (!isTransient(response.status)) {
        throw new PushRefusedError(
          response.status,
          `the server refused the push (${response.status}): ${message}`,
        );
      }
      reason = `${response.status} ${message}`.slice(0, 200);
    } catch (error) {
      if (error instanceof PushRefusedError) throw error;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      reason = cause?.code ?? cause?.message ?? (error as Error).message;
    }
    if (attempt >= request.attempts) {
      throw new Error(`could not push to ${request.url} after ${attempt} attempts: ${reason}`);
    }
    const wait = backoffMs(attempt);
    request.onRetry?.(attempt, wait, reason);
    await request.sleep(wait);
  }
}
