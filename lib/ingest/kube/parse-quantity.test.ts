import { describe, expect, it } from "vitest";
import { parseByteQuantity, parseQuantity, QuantityError } from "./parse-quantity";

describe("parseByteQuantity", () => {
  it.each([
    ["500Gi", 500n * 1024n ** 3n],
    ["1.5Ti", 1649267441664n],
    ["100M", 100_000_000n],
    ["1e3", 1000n],
    ["1E3", 1000n],
    ["1E", 10n ** 18n],
    ["1Ei", 2n ** 60n],
    ["3Gi", 3221225472n],
    ["1Mi", 1048576n],
    ["10k", 10_000n],
    ["12", 12n],
    [".5Ki", 512n],
    ["+2Gi", 2n * 1024n ** 3n],
    [4096, 4096n],
  ])("reads %s exactly", (text, bytes) => {
    expect(parseByteQuantity(text)).toBe(bytes);
  });

  it("rounds a fractional byte count up, as Kubernetes does", () => {
    expect(parseByteQuantity("1.5")).toBe(2n);
    expect(parseByteQuantity("1500m")).toBe(2n);
  });

  it("stays exact beyond 2^53", () => {
    expect(parseByteQuantity("9007199254740993")).toBe(9007199254740993n);
    expect(parseByteQuantity("8Ei")).toBe(8n * 2n ** 60n);
  });

  it("refuses a negative size", () => {
    expect(() => parseByteQuantity("-1Gi")).toThrow(/cannot be negative/);
  });

  it.each(["", "Gi", "12GB", "1.2.3", "ten", "1 Gi", "1e", "0x10"])("refuses %j", (text) => {
    expect(() => parseByteQuantity(text)).toThrow(QuantityError);
  });
});

describe("parseQuantity", () => {
  it("reads milli-units exactly", () => {
    expect(parseQuantity("250m").toString()).toBe("0.25");
  });

  it("reads micro and nano units", () => {
    expect(parseQuantity("5u").toString()).toBe("0.000005");
    expect(parseQuantity("7n").toString()).toBe("7e-9");
  });
});
