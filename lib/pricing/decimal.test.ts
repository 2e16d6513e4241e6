import { describe, expect, it } from "vitest";
import { Dec, moneyString, quantityString } from "./decimal";

const GIB = new Dec(2).pow(30);

describe("strings that leave for JSON", () => {
  it("cut exact but endless money to the database's 10 places, with no binary tail", () => {
    // 4,864 GiB and 15 bytes at 0.1 USD/GiB-month: exact, and 31 decimals long.
    const runRate = new Dec("5222680231951").div(GIB).times("0.1");
    expect(runRate.toFixed()).toBe("486.4000000013969838619232177734375");
    expect(moneyString(runRate)).toBe("486.4000000014");
    expect(moneyString(new Dec(100).div(3))).toBe("33.3333333333");
    expect(moneyString(new Dec("12.5"))).toBe("12.5");
  });

  it("cut quantities to 6 places", () => {
    expect(quantityString(new Dec(4719).plus(new Dec(86).div(90)))).toBe("4719.955556");
    expect(quantityString(new Dec("3"))).toBe("3");
  });
});
