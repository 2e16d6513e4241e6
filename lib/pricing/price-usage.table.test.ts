import { describe, expect, it } from "vitest";
import { bundledCatalogPrices } from "./catalog";
import { dec } from "./decimal";
import { priceUsage } from "./price-usage";
import type { PriceComponent } from "./types";
import { bytesToQuantity } from "./units";

// Metered use at the bundled list prices, worked by hand. EFS Elastic throughput: $0.03 per GB read
// and $0.06 per GB written in us-east-1 (aws.amazon.com/efs/pricing, quoted 2026-06-13); AWS's "GB"
// is binary, as for EBS. S3 requests: $0.0004 per 1,000 GET and $0.005 per 1,000 PUT/LIST on S3
// Standard, $0.001 and $0.01 on Standard-IA (aws.amazon.com/s3/pricing).

const catalog = bundledCatalogPrices();
const DAY = "2026-11-21";
const GIB = 2n ** 30n;

describe("EFS Elastic throughput bills each GiB read and written", () => {
  const CASES: [name: string, component: PriceComponent, bytes: bigint, amount: string][] = [
    ["a 500 GiB dataset read a hundred times: 50,000 GiB × $0.03", "data_read", 50_000n * GIB, "1500"],
    ["one 1 GiB read", "data_read", GIB, "0.03"],
    ["a 20 GiB checkpoint written: 20 × $0.06", "data_write", 20n * GIB, "1.2"],
    ["512 MiB written: 0.5 × $0.06", "data_write", GIB / 2n, "0.03"],
  ];
  it.each(CASES)("%s = $%s", (_name, component, bytes, amount) => {
    const priced = priceUsage(
      {
        provider: "aws",
        region: "us-east-1",
        product: "efs-elastic-throughput",
        component,
        quantity: bytesToQuantity(bytes, "GiB"),
        day: DAY,
      },
      catalog,
    );
    expect(priced.status === "priced" ? priced.amount.toFixed() : priced.reason).toBe(amount);
  });

  it("applies the price to days before it was quoted (in force since at least 2026-06-13)", () => {
    const priced = priceUsage(
      {
        provider: "aws",
        region: "us-east-1",
        product: "efs-elastic-throughput",
        component: "data_read",
        quantity: dec(100),
        day: "2026-01-15",
      },
      catalog,
    );
    expect(priced.status === "priced" && priced.price.inForceSinceAtLeast).toBe("2026-06-13");
    expect(priced.status === "priced" && priced.amount.toFixed()).toBe("3");
  });
});

describe("S3 requests bill per request at the storage class's rate", () => {
  const CASES: [product: string, component: PriceComponent, requests: number, amount: string][] = [
    ["s3-standard", "requests_get", 1_000_000, "0.4"], // 1,000 × $0.0004
    ["s3-standard", "requests_put", 1_000_000, "5"], // 1,000 × $0.005
    ["s3-standard", "requests_list", 10_000, "0.05"], // LIST is Tier 1: 10 × $0.005
    ["s3-standard-ia", "requests_get", 1_000_000, "1"], // 1,000 × $0.001
    ["s3-standard-ia", "requests_put", 250_000, "2.5"], // 250 × $0.01
  ];
  it.each(CASES)("%s %s × %i = $%s", (product, component, requests, amount) => {
    const priced = priceUsage(
      { provider: "aws", region: "us-east-1", product, component, quantity: dec(requests), day: DAY },
      catalog,
    );
    expect(priced.status === "priced" ? priced.amount.toFixed() : priced.reason).toBe(amount);
    expect(priced.status === "priced" && priced.unit).toBe("request");
  });
});

describe("a use with no price stays unpriced with the reason, never $0", () => {
  it("has no EFS Elastic price outside us-east-1", () => {
    const priced = priceUsage(
      {
        provider: "aws",
        region: "eu-west-1",
        product: "efs-elastic-throughput",
        component: "data_read",
        quantity: dec(10),
        day: DAY,
      },
      catalog,
    );
    expect(priced).toEqual({ status: "unpriced", reason: "no price in the catalog" });
  });

  it("refuses a component the product does not bill per use", () => {
    const priced = priceUsage(
      {
        provider: "aws",
        region: "us-east-1",
        product: "ebs-gp3",
        component: "data_read",
        quantity: dec(1),
        day: DAY,
      },
      catalog,
    );
    expect(priced).toEqual({ status: "unpriced", reason: "ebs-gp3 does not bill data_read per use" });
  });
});
