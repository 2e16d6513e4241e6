import { describe, expect, it } from "vitest";
import { demoUuid, stableHex, stableK8sSuffix } from "./demo-ids";

describe("demoUuid", () => {
  it("is a version-5, RFC 9562-variant UUID", () => {
    expect(demoUuid("cluster", "prod-eks-use1")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("is the same for the same name and different for another", () => {
    expect(demoUuid("pod", "a")).toBe(demoUuid("pod", "a"));
    expect(demoUuid("pod", "a")).not.toBe(demoUuid("pod", "b"));
  });

  it("does not confuse part boundaries", () => {
    expect(demoUuid("ab", "c")).not.toBe(demoUuid("a", "bc"));
  });
});

describe("stable names", () => {
  it("makes hex strings of any length", () => {
    expect(stableHex(100, "x")).toMatch(/^[0-9a-f]{100}$/);
  });

  it("makes suffixes in the alphabet Kubernetes uses for generated names", () => {
    expect(stableK8sSuffix(5, "web")).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});
