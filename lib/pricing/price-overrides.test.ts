import { describe, expect, it } from "vitest";
import { type Case, override, price } from "./table-test-helpers";

// A 500 GiB gp3 volume at 6,000 IOPS and 250 MiB/s lists at 60 a month (40 + 15 + 5).
const GP3_FAST: Case = {
  name: "gp3 500 GiB at 6,000 IOPS and 250 MiB/s",
  provider: "aws",
  provisioner: "ebs.csi.aws.com",
  parameters: { type: "gp3", iops: "6000", throughput: "250" },
  sizeGib: 500,
  components: { capacity: "40", iops: "15", throughput: "5" },
  status: "priced",
  monthly: "60",
};
const PORTWORX: Case = {
  name: "Portworx",
  provider: "onprem",
  provisioner: "pxd.portworx.com",
  parameters: { repl: "3" },
  sizeGib: 500,
  components: {},
  status: "unpriced",
  monthly: null,
};

describe("overrides, discounts, currency and provenance", () => {
  it("cites the source and date of every catalog price it uses", () => {
    const priced = price(GP3_FAST);
    for (const component of priced.components) {
      expect(component.source?.url ?? component.source?.description).toBeTruthy();
      expect(component.source?.sourceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("prices an unknown provisioner from a per-GiB-month override", () => {
    // 500 GiB × 0.10 = 50
    const priced = price(PORTWORX, [override({ unitPrice: "0.10", unit: "GiB_month" })]);
    expect(priced.status).toBe("priced");
    expect(priced.monthlyCost?.toFixed()).toBe("50");
  });

  it("prices a per-TB-year override per month", () => {
    // 1 TB (10^12 bytes) at 120 a TB-year = 10 a month; 500 GiB = 0.536870912 TB → 5.36870912
    const priced = price(
      { provider: "onprem", provisioner: "csi.juicefs.com", parameters: {}, sizeGib: 500 },
      [override({ unitPrice: "120", unit: "TB_year" })],
    );
    expect(priced.monthlyCost?.toFixed()).toBe("5.36870912");
  });

  it("applies a negotiated discount to catalog prices", () => {
    // 60 × (100 − 10) / 100 = 54
    const priced = price(GP3_FAST, [
      override({ kind: "discount", storageClassName: null, provider: "aws", discountPercent: "10" }),
    ]);
    expect(priced.monthlyCost?.toFixed()).toBe("54");
  });

  it("converts to the display currency at the rate in force", () => {
    // 60 USD × 0.9 = 54 EUR
    const priced = price(GP3_FAST, [], { displayCurrency: "EUR" });
    expect([priced.monthlyCost?.toFixed(), priced.currency]).toEqual(["54", "EUR"]);
  });

  it("leaves a volume unpriced when no exchange rate is known", () => {
    const priced = price(GP3_FAST, [], { displayCurrency: "JPY" });
    expect(priced.status).toBe("unpriced");
    expect(priced.reason).toMatch(/no exchange rate USD→JPY/);
  });
});
