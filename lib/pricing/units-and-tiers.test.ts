import { describe, expect, it } from "vitest";
import { Dec, dec } from "./decimal";
import { hoursInCalendarMonth, prorateMonthly } from "./proration";
import { parseBytes } from "./quantity";
import { explainNoPrice, selectPriceInForce } from "./select-price";
import { priceQuantity } from "./tiers";
import type { CatalogPrice } from "./types";
import { bytesToQuantity, normaliseUnit, periodsPerMonth } from "./units";

function entry(data: Partial<CatalogPrice>): CatalogPrice {
  return {
    id: "e",
    provider: "aws",
    region: "us-east-1",
    product: "ebs-gp3",
    component: "capacity",
    unit: "GiB_month",
    currency: "USD",
    tierMode: "flat",
    unitPrice: dec("0.08"),
    includedQuantity: new Dec(0),
    tiers: [],
    effectiveFrom: "2026-01-01",
    effectiveTo: null,
    sku: null,
    description: null,
    source: { kind: "bundled", description: "s", url: null, grade: "A", sourceDate: "2026-01-01" },
    retrievedAt: "2026-01-01T00:00:00Z",
    ...data,
  };
}

describe("unit normalisation", () => {
  it("reads AWS's GB-Mo and io2's GB-month as binary GiB-months", () => {
    expect(normaliseUnit("aws", "GB-Mo", "capacity")?.unit).toBe("GiB_month");
    expect(normaliseUnit("aws", "GB-month", "capacity")?.unit).toBe("GiB_month");
  });
  it("turns gp3's GiBps-mo into MiB/s-months (40.96 → 0.04)", () => {
    const unit = normaliseUnit("aws", "GiBps-mo", "throughput");
    expect(unit?.unit).toBe("MiBps_month");
    expect(
      dec("40.96")
        .times(unit?.factor ?? 0)
        .toFixed(),
    ).toBe("0.04");
  });
  it("maps Azure's hourly and per-disk meters by component", () => {
    expect(normaliseUnit("azure", "1 GiB/Hour", "capacity")?.unit).toBe("GiB_hour");
    expect(normaliseUnit("azure", "1/Hour", "iops")?.unit).toBe("IOPS_hour");
    expect(normaliseUnit("azure", "1/Hour", "throughput")?.unit).toBe("MBps_hour");
    expect(normaliseUnit("azure", "1/Month", "capacity")?.unit).toBe("disk_month");
    expect(normaliseUnit("azure", "1 GB/Month", "capacity")?.unit).toBe("GB_month");
  });
  it("maps GCP's GiBy.mo and h, and refuses units it does not know", () => {
    expect(normaliseUnit("gcp", "GiBy.mo", "capacity")?.unit).toBe("GiB_month");
    expect(normaliseUnit("gcp", "h", "gpu_hour")?.unit).toBe("hour");
    expect(normaliseUnit("gcp", "TiBy.d", "capacity")).toBeNull();
    expect(normaliseUnit("azure", "10K", "capacity")).toBeNull();
  });
  it("counts GiB in binary and GB and TB in decimal bytes", () => {
    expect(bytesToQuantity(1024n ** 3n * 500n, "GiB_month").toFixed()).toBe("500");
    expect(bytesToQuantity(100_000_000_000n, "GB_month").toFixed()).toBe("100");
    expect(bytesToQuantity(1024n ** 3n, "GB_month").toFixed()).toBe("1.073741824");
    expect(bytesToQuantity(10n ** 12n, "TB_year").toFixed()).toBe("1");
  });
  it("turns hourly units into 730-hour months and TB-years into twelfths", () => {
    expect(periodsPerMonth("GiB_hour")?.toFixed()).toBe("730");
    expect(periodsPerMonth("TB_year")?.times(12).toFixed()).toBe("1");
    expect(periodsPerMonth("GiB")).toBeNull();
  });
});

describe("tier math", () => {
  const io2 = entry({
    component: "iops",
    unit: "IOPS_month",
    tierMode: "graduated",
    unitPrice: null,
    tiers: [
      { upTo: dec(32000), unitPrice: dec("0.065"), tierPrice: null, label: "t1" },
      { upTo: dec(64000), unitPrice: dec("0.0455"), tierPrice: null, label: "t2" },
      { upTo: null, unitPrice: dec("0.03185"), tierPrice: null, label: "t3" },
    ],
  });
  it("charges io2 IOPS slice by slice", () => {
    // 32,000 × 0.065 = 2,080; 8,000 × 0.0455 = 364
    const result = priceQuantity(io2, dec(40000));
    expect(result.ok && result.amount.toFixed()).toBe("2444");
    expect(result.ok && result.slices.map((s) => s.quantity.toFixed())).toEqual(["32000", "8000"]);
  });
  it("charges exactly at a breakpoint within the lower tier", () => {
    expect(
      priceQuantity(io2, dec(32000)).ok &&
        (priceQuantity(io2, dec(32000)) as { amount: Dec }).amount.toFixed(),
    ).toBe("2080");
  });
  it("bills only what is above the included quantity", () => {
    const gp3Iops = entry({
      component: "iops",
      unit: "IOPS_month",
      unitPrice: dec("0.005"),
      includedQuantity: dec(3000),
    });
    const above = priceQuantity(gp3Iops, dec(6000));
    expect(above.ok && above.amount.toFixed()).toBe("15");
    const below = priceQuantity(gp3Iops, dec(2000));
    expect(below.ok && below.amount.toFixed()).toBe("0");
  });
  const premium = entry({
    unit: "disk_month",
    tierMode: "size_step",
    unitPrice: null,
    tiers: [
      { upTo: dec(512), unitPrice: null, tierPrice: dec("73.22"), label: "P20" },
      { upTo: dec(1024), unitPrice: null, tierPrice: dec("135.17"), label: "P30" },
      { upTo: dec(2048), unitPrice: null, tierPrice: null, label: "P40" },
    ],
  });
  it("rounds a size up to its tier, boundaries included", () => {
    const p30 = priceQuantity(premium, dec(600));
    expect(p30.ok && [p30.tierLabel, p30.amount.toFixed()]).toEqual(["P30", "135.17"]);
    const p20 = priceQuantity(premium, dec(512));
    expect(p20.ok && p20.tierLabel).toBe("P20");
  });
  it("refuses a tier whose price is unknown, and a size above the largest tier", () => {
    expect(priceQuantity(premium, dec(1500))).toEqual({
      ok: false,
      reason: "no price for the size tier P40",
    });
    expect(priceQuantity(premium, dec(5000)).ok).toBe(false);
  });
});

describe("proration", () => {
  it("bills an AWS volume kept all October its exact monthly price", () => {
    const october = new Date(Date.UTC(2026, 9, 15));
    expect(hoursInCalendarMonth(october)).toBe(744);
    const cost = prorateMonthly({
      provider: "aws",
      unit: "GiB_month",
      monthlyAmount: dec(60),
      hours: dec(744),
      day: october,
    });
    expect(cost.toFixed()).toBe("60");
  });
  it("bills AWS against February's 672 hours", () => {
    const february = new Date(Date.UTC(2026, 1, 3));
    const cost = prorateMonthly({
      provider: "aws",
      unit: "GiB_month",
      monthlyAmount: dec(60),
      hours: dec(336),
      day: february,
    });
    expect(cost.toFixed()).toBe("30");
  });
  it("bills Azure and GCP against a 730-hour month", () => {
    const day = new Date(Date.UTC(2026, 9, 1));
    expect(
      prorateMonthly({
        provider: "azure",
        unit: "disk_month",
        monthlyAmount: dec(73),
        hours: dec(24),
        day,
      }).toFixed(),
    ).toBe("2.4");
    expect(
      prorateMonthly({
        provider: "gcp",
        unit: "GiB_month",
        monthlyAmount: dec(730),
        hours: dec(744),
        day,
      }).toFixed(),
    ).toBe("744");
  });
  it("bills AWS hourly prices per hour used, not against the calendar month", () => {
    // p5.48xlarge at $55.04/h (pricing.md §1.4): its monthly figure is 55.04 × 730 = 40,179.2.
    const monthlyAmount = dec("55.04").times(730);
    const october = new Date(Date.UTC(2026, 9, 1));
    const february = new Date(Date.UTC(2026, 1, 1));
    const all = (day: Date, hours: number) =>
      prorateMonthly({ provider: "aws", unit: "hour", monthlyAmount, hours: dec(hours), day }).toFixed();
    expect(all(october, 744)).toBe("40949.76"); // 744 × 55.04
    expect(all(february, 672)).toBe("36986.88"); // 672 × 55.04
  });
});

describe("the price in force", () => {
  const old = entry({
    id: "old",
    effectiveFrom: "2024-07-01",
    effectiveTo: "2026-11-01",
    unitPrice: dec("0.10"),
  });
  const fresh = entry({ id: "new", effectiveFrom: "2026-11-01", unitPrice: dec("0.08") });
  it("keeps the older price for the months it was in force", () => {
    expect(selectPriceInForce([old, fresh], "2026-10-31")?.id).toBe("old");
    expect(selectPriceInForce([old, fresh], "2026-11-01")?.id).toBe("new");
  });
  it("prefers a refresh over the bundled price of the same day", () => {
    const refreshed = entry({
      id: "api",
      effectiveFrom: "2026-11-01",
      source: { ...fresh.source, kind: "api_refresh" },
    });
    expect(selectPriceInForce([fresh, refreshed], "2026-11-02")?.id).toBe("api");
  });
  it("says when the only prices start later", () => {
    expect(selectPriceInForce([fresh], "2026-01-01")).toBeNull();
    expect(explainNoPrice([fresh], "2026-01-01")).toBe(
      "the earliest known price starts 2026-11-01, after this day",
    );
  });
});

describe("quantities", () => {
  it("parses Kubernetes quantities to bytes", () => {
    expect(parseBytes("500Gi")).toBe(500n * 1024n ** 3n);
    expect(parseBytes("1.5Ti")).toBe(1024n ** 4n + 512n * 1024n ** 3n);
    expect(parseBytes("100G")).toBe(100_000_000_000n);
    expect(parseBytes("1e3")).toBe(1000n);
    expect(parseBytes("12 apples")).toBeNull();
  });
});
