import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startLoopbackReceiver } from "../testing/loopback-receiver";
import { type AlertResolver, ForbiddenAlertAddressError, postAlertJson } from "./post-alert-json";

let receiver: Awaited<ReturnType<typeof startLoopbackReceiver>>;
beforeEach(async () => {
  receiver = await startLoopbackReceiver();
});
afterEach(() => receiver.close());

/** A resolver answering from a table, counting its calls; `.test` names exist nowhere else. */
function tableResolver(answers: string[][]) {
  const calls: string[] = [];
  const resolve: AlertResolver = async (hostname) => {
    const answer = answers[Math.min(calls.length, answers.length - 1)] ?? [];
    calls.push(hostname);
    return answer.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return { resolve, calls };
}

const port = () => new URL(receiver.url("/")).port;
const post = (url: string, resolve: AlertResolver) =>
  postAlertJson(url, '{"ok":true}', {}, { resolve, timeoutMs: 60_000 });

describe("posting an alert to a webhook", () => {
  it("connects to the address it checked: a name resolved once, never again by the system", async () => {
    const { resolve, calls } = tableResolver([["127.0.0.1"], ["169.254.169.254"]]);
    const answer = await post(`http://hooks.example.test:${port()}/hook`, resolve);
    expect(answer).toEqual({ status: 200, answer: "ok" });
    expect(calls).toEqual(["hooks.example.test"]);
    expect(receiver.at("/hook")[0]?.headers.host).toBe(`hooks.example.test:${port()}`);
  });

  it("refuses a name resolving to a link-local or metadata address, in any form, and sends nothing", async () => {
    for (const answer of [
      ["169.254.169.254"],
      ["127.0.0.1", "169.254.169.254"],
      ["::ffff:169.254.169.254"],
      ["::ffff:a9fe:a9fe"],
      ["fe80::1"],
      ["fd00:ec2::254"],
    ]) {
      const { resolve } = tableResolver([answer]);
      const sent = post(`http://rebind.example.test:${port()}/hook`, resolve);
      await expect(sent, answer.join(",")).rejects.toBeInstanceOf(ForbiddenAlertAddressError);
      await expect(sent).rejects.toThrow(/rebind\.example\.test resolves to .*link-local or cloud metadata/);
    }
    expect(receiver.received).toEqual([]);
  });

  it("refuses a host written as a forbidden address or metadata name without resolving it", async () => {
    const { resolve, calls } = tableResolver([["127.0.0.1"]]);
    for (const url of [
      "http://[::ffff:169.254.169.254]/x",
      "http://169.254.169.254./x",
      "http://2852039166/x",
      "http://0251.0376.0251.0376/x",
      "http://[fe80::1]/x",
      "http://metadata.google.internal./x",
    ]) {
      await expect(post(url, resolve), url).rejects.toBeInstanceOf(ForbiddenAlertAddressError);
    }
    expect(calls).toEqual([]);
  });

  it("reports a receiver's error status with the start of its answer", async () => {
    receiver.answer("/down", 500);
    const { resolve } = tableResolver([["127.0.0.1"]]);
    expect(await post(`http://down.example.test:${port()}/down`, resolve)).toEqual({
      status: 500,
      answer: "receiver down",
    });
  });
});
