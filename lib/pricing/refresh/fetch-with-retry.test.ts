import { describe, expect, it } from "vitest";
import { fetchWithRetry } from "./fetch-with-retry";

// A scripted fetch and a virtual clock: the waits are recorded, never slept.
function scripted(answers: (Response | Error)[]) {
  const calls: string[] = [];
  const fetch = async (url: string) => {
    calls.push(url);
    const answer = answers.shift();
    if (!answer) throw new Error("no more answers");
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch, calls };
}

function clock() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
  };
}

const URL = "http://127.0.0.1:1/prices";

describe("fetchWithRetry", () => {
  it("retries 429 and 5xx with exponential backoff, then returns the answer", async () => {
    const { fetch, calls } = scripted([
      new Response("", { status: 429 }),
      new Response("", { status: 503 }),
      new Response("ok"),
    ]);
    const time = clock();
    const result = await fetchWithRetry(fetch, URL, {}, { ...time, baseDelayMs: 100, random: () => 1 });
    expect([result.status, result.body, result.attempts]).toEqual([200, "ok", 3]);
    expect(calls).toHaveLength(3);
    expect(time.waits).toEqual([100, 200]);
  });

  it("waits as long as Retry-After says", async () => {
    const { fetch } = scripted([
      new Response("", { status: 429, headers: { "retry-after": "7" } }),
      new Response("ok"),
    ]);
    const time = clock();
    await fetchWithRetry(fetch, URL, {}, { ...time, random: () => 1 });
    expect(time.waits).toEqual([7000]);
  });

  it("retries network errors", async () => {
    const { fetch } = scripted([new TypeError("fetch failed"), new Response("ok")]);
    const result = await fetchWithRetry(fetch, URL, {}, { ...clock(), random: () => 1 });
    expect(result.attempts).toBe(2);
  });

  it("gives up after the last attempt, naming the host and the last problem", async () => {
    const { fetch, calls } = scripted(Array.from({ length: 3 }, () => new Response("", { status: 500 })));
    await expect(
      fetchWithRetry(fetch, URL, {}, { ...clock(), maxAttempts: 3, baseDelayMs: 1, random: () => 1 }),
    ).rejects.toThrow("127.0.0.1:1: gave up after 3 attempts (HTTP 500)");
    expect(calls).toHaveLength(3);
  });

  it("gives up rather than wait past its time budget", async () => {
    const { fetch, calls } = scripted([new Response("", { status: 429, headers: { "retry-after": "600" } })]);
    await expect(fetchWithRetry(fetch, URL, {}, { ...clock(), maxElapsedMs: 60_000 })).rejects.toThrow(
      /gave up after 1 attempt/,
    );
    expect(calls).toHaveLength(1);
  });

  it("returns other errors to the caller at once", async () => {
    const { fetch } = scripted([new Response('{"error":{}}', { status: 400 })]);
    const result = await fetchWithRetry(fetch, URL, {}, clock());
    expect([result.status, result.attempts]).toEqual([400, 1]);
  });

  it("retries what the caller calls retryable (AWS's 400 ThrottlingException)", async () => {
    const { fetch } = scripted([
      new Response('{"__type":"ThrottlingException","message":"Rate exceeded"}', { status: 400 }),
      new Response("ok"),
    ]);
    const result = await fetchWithRetry(
      fetch,
      URL,
      {},
      {
        ...clock(),
        isRetryable: (status, body) => status === 400 && body.includes("ThrottlingException"),
      },
    );
    expect(result.attempts).toBe(2);
  });
});
