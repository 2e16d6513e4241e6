import { describe, expect, it } from "vitest";
import { formatMoney, formatSavings, formatUnitPrice } from "./format-money";

describe("formatMoney", () => {
  it("formats with the currency's symbol and two decimals", () => {
    expect(formatMoney("1264.96", "USD")).toBe("$1,264.96");
    expect(formatMoney("48.6", "EUR")).toBe("€48.60");
    expect(formatMoney("1234567890.125", "USD")).toBe("$1,234,567,890.13");
  });
  it("rounds the exact decimal half-up, as the chargeback report does, never a double of it", () => {
    // A sum of 10-place facts; as a double it is 12345678.125, so Number() showed $12,345,678.13
    // on Showback while the report, rounding the decimal, said $12,345,678.12.
    expect(formatMoney("12345678.1249999999", "USD")).toBe("$12,345,678.12");
    expect(formatMoney("12345678.125", "USD")).toBe("$12,345,678.13");
    expect(formatMoney("0.125", "USD")).toBe("$0.13");
    expect(formatMoney("-0.125", "USD")).toBe("-$0.13");
    expect(formatMoney("2.5", "USD", 0)).toBe("$3");
  });
  it("falls back to the code for a currency Intl does not know", () => {
    expect(formatMoney("5", "XYZ")).toMatch(/5\.00/);
  });
  it("says a negative saving spends", () => {
    expect(formatSavings("6", "USD")).toBe("saves $6.00");
    expect(formatSavings("-927.36", "USD")).toBe("spends $927.36");
  });
  it("keeps unit prices exact", () => {
    expect(formatUnitPrice("0.000055", "USD")).toBe("0.000055 USD");
  });
});
