import { describe, expect, it } from "vitest";
import { requestIdOf } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdOf", () => {
  it("keeps a client's id made of letters, digits and hyphens, up to 64 of them", () => {
    expect(requestIdOf("abc-123-XYZ")).toBe("abc-123-XYZ");
    expect(requestIdOf("a".repeat(64))).toBe("a".repeat(64));
  });

  it("makes a new one for anything else: too long, other characters, empty, repeated, absent", () => {
    for (const sent of [
      "a".repeat(65),
      "a.b",
      "a:b",
      "a_b",
      "a b",
      "x\nforged=1",
      "",
      ["a", "b"],
      undefined,
    ]) {
      const id = requestIdOf(sent);
      expect(id).toMatch(UUID);
      expect(id).not.toBe(sent);
    }
  });
});
