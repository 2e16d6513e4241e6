import { describe, expect, it } from "vitest";
import { requestIdFromHeaders, requestIdOf } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdOf", () => {
  it("keeps a client's id of letters, digits, dots, underscores, colons and hyphens, up to 128", () => {
    for (const sent of ["abc-123-XYZ", "a.b", "a:b", "a_b", "lb-1:4711.2_x", "a".repeat(128)]) {
      expect(requestIdOf(sent)).toBe(sent);
    }
  });

  it("makes a new one for anything else: too long, other characters, empty, repeated, absent", () => {
    for (const sent of [
      "a".repeat(129),
      "a b",
      "a/b",
      'a"b',
      "x\nforged=1",
      "x\r\nlevel=error",
      "",
      ["a", "b"],
      null,
      undefined,
    ]) {
      const id = requestIdOf(sent);
      expect(id).toMatch(UUID);
      expect(id).not.toBe(sent);
    }
  });
});

describe("requestIdFromHeaders", () => {
  it("reads X-Request-Id and replaces a forged one", () => {
    expect(requestIdFromHeaders(new Headers({ "x-request-id": "trace.42:a_b-c" }))).toBe("trace.42:a_b-c");
    expect(requestIdFromHeaders(new Headers({ "x-request-id": "a{b}" }))).toMatch(UUID);
    expect(requestIdFromHeaders(new Headers())).toMatch(UUID);
  });
});
