import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { readBreakEven } from "./read-break-even";

describe("readBreakEven", () => {
  it("a 1,024 GiB dataset read 100 times in 30.4375 days on EFS Elastic against FSx for Lustre", () => {
    // EFS: 1,024 GiB at 0.30 = 307.20 a month, plus 102,400 GiB read at 0.03 = 3,072.00.
    // FSx PERSISTENT_2 125 MB/s/TiB: 1,200 GiB at 0.145 = 174.00 a month, reads free.
    // One read costs 1,024 x 0.03 = 30.72; FSx costs 174.00 - 307.20 = -133.20 more: cheaper unread.
    const result = readBreakEven({
      datasetGib: new Dec(1024),
      gibRead: new Dec(102_400),
      windowDays: 30.4375,
      readPricePerGib: new Dec("0.03"),
      currentCapacityMonthly: new Dec("307.20"),
      targetMonthly: new Dec("174.00"),
    });
    expect(result.readsPerMonth.toFixed(4)).toBe("100.0000");
    expect(result.readsMonthly.toFixed(2)).toBe("3072.00");
    expect(result.currentMonthly.toFixed(2)).toBe("3379.20");
    expect(result.breakEvenReads.toFixed(2)).toBe("0.00");
  });

  it("a tier dearer than the capacity it replaces pays off above (difference) / (one read's cost) reads", () => {
    // 2,400 GiB target at 0.145 = 348.00 against 1,000 GiB at 0.08 = 80.00: 268.00 more a month.
    // One read of 1,000 GiB at 0.03 = 30.00: break-even 268 / 30 = 8.9333 reads a month.
    // 30 days with 3,000 GiB read: 3 reads in 30 days = 3.04375 a month, 91.3125 a month of reads.
    const result = readBreakEven({
      datasetGib: new Dec(1000),
      gibRead: new Dec(3000),
      windowDays: 30,
      readPricePerGib: new Dec("0.03"),
      currentCapacityMonthly: new Dec("80.00"),
      targetMonthly: new Dec("348.00"),
    });
    expect(result.breakEvenReads.toFixed(4)).toBe("8.9333");
    expect(result.readsPerMonth.toFixed(5)).toBe("3.04375");
    expect(result.readsMonthly.toFixed(4)).toBe("91.3125");
    expect(result.currentMonthly.toFixed(4)).toBe("171.3125");
  });
});
