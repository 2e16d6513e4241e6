import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { mayReadMetrics } from "./metrics-access";

function request(remoteAddress: string, authorization?: string): IncomingMessage {
  return { socket: { remoteAddress }, headers: authorization ? { authorization } : {} } as IncomingMessage;
}

describe("mayReadMetrics", () => {
  it("without a metrics token, answers this host only", () => {
    expect(mayReadMetrics(request("127.0.0.1"), "")).toBe(true);
    expect(mayReadMetrics(request("::1"), "")).toBe(true);
    expect(mayReadMetrics(request("10.0.0.7"), "")).toBe(false);
  });

  it("with a metrics token, answers whoever bears it, and nobody else", () => {
    expect(mayReadMetrics(request("10.0.0.7", "Bearer s3cret"), "s3cret")).toBe(true);
    expect(mayReadMetrics(request("10.0.0.7", "Bearer s3cre"), "s3cret")).toBe(false);
    expect(mayReadMetrics(request("127.0.0.1"), "s3cret")).toBe(false);
  });
});
