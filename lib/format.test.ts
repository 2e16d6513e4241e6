import { describe, expect, it } from "vitest";
import { bytesToTib, formatBytes, formatCount, formatPayback } from "./format";

describe("formatBytes", () => {
  it("keeps bytes below 1 KiB as whole bytes", () => {
    expect(formatBytes(1023)).toBe("1023 B");
  });

  it("switches unit at exactly 1024", () => {
    expect(formatBytes(1024)).toBe("1.0 KiB");
  });

  it("uses binary units, not decimal ones", () => {
    expect(formatBytes(500 * 1024 ** 3)).toBe("500.0 GiB");
    expect(formatBytes(500e9)).toBe("465.7 GiB");
  });

  it("reaches TiB and PiB", () => {
    expect(formatBytes(1.5 * 1024 ** 4)).toBe("1.5 TiB");
    expect(formatBytes(3 * 1024 ** 5)).toBe("3.0 PiB");
  });

  it("reads bigint and decimal strings beyond 2^53", () => {
    expect(formatBytes(2n ** 60n)).toBe("1.0 EiB");
    expect(formatBytes("9007199254740993000")).toBe("7.8 EiB");
  });

  it("keeps the sign of negative deltas", () => {
    expect(formatBytes(-2048)).toBe("-2.0 KiB");
  });

  it("rejects what is not a number", () => {
    expect(() => formatBytes("12Gi")).toThrow(RangeError);
  });
});

describe("bytesToTib", () => {
  it("divides by 1024^4", () => {
    expect(bytesToTib(String(3 * 1024 ** 4))).toBe(3);
  });
});

describe("formatCount", () => {
  it("groups thousands, millions and billions", () => {
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1_000)).toBe("1,000");
    expect(formatCount(2_500_000)).toBe("2,500,000");
    expect(formatCount(3_000_000_000)).toBe("3,000,000,000");
  });
});

describe("formatPayback", () => {
  it("says never for a move that never pays back, days otherwise", () => {
    expect(formatPayback("never")).toBe("never");
    expect(formatPayback(5.2)).toBe("5.2 days");
    expect(formatPayback(0)).toBe("0 days");
  });
});
