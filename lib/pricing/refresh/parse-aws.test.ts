import { describe, expect, it } from "vitest";
import { dec } from "../decimal";
import { priceQuantity } from "../tiers";
import type { CatalogPrice } from "../types";
import { type AwsRecord, parseAwsRecords } from "./aws-offer";
import { fixture } from "./fixtures";
import { parsePriceFiles } from "./parse-price-file";
import type { ImportedPrice } from "./types";

const find = (prices: ImportedPrice[], product: string, component = "capacity") =>
  prices.find((p) => p.product === product && p.component === component);

describe("AWS Price List importer", () => {
  const result = parsePriceFiles(
    "aws",
    [{ name: "offer", text: fixture("aws-offer-ec2-us-east-1.json") }],
    null,
  );

  it("reads a bulk offer file's OnDemand terms in our units", () => {
    const gp3 = find(result.prices, "ebs-gp3");
    expect([gp3?.unit, gp3?.unitPrice?.toFixed(), gp3?.currency, gp3?.sku]).toEqual([
      "GiB_month",
      "0.08",
      "USD",
      "T3GP3STORAGE01",
    ]);
    expect(result.version).toBe("20261001120000");
    expect(gp3?.providerEffectiveDate).toBe("2026-10-01");
  });

  it("keeps gp3's included 3,000 IOPS and turns GiBps-mo into MiB/s-months", () => {
    const iops = find(result.prices, "ebs-gp3", "iops");
    expect([iops?.unitPrice?.toFixed(), iops?.includedQuantity.toFixed()]).toEqual(["0.005", "3000"]);
    const throughput = find(result.prices, "ebs-gp3", "throughput");
    expect([
      throughput?.unit,
      throughput?.unitPrice?.toFixed(),
      throughput?.includedQuantity.toFixed(),
    ]).toEqual(["MiBps_month", "0.04", "125"]);
  });

  it("assembles io2's three tier usagetypes into one graduated price with the 32k/64k breakpoints", () => {
    const io2 = find(result.prices, "ebs-io2", "iops");
    expect(io2?.tierMode).toBe("graduated");
    expect(io2?.tiers.map((t) => [t.upTo?.toFixed() ?? null, t.unitPrice?.toFixed()])).toEqual([
      ["32000", "0.065"],
      ["64000", "0.0455"],
      [null, "0.03185"],
    ]);
    expect(find(result.prices, "ebs-io2")?.unit).toBe("GiB_month"); // io2 storage says "GB-month"
  });

  it("prices the on-demand Linux GPU instance and skips the $0 Capacity Block and Windows", () => {
    const p4d = result.prices.filter((p) => p.product === "ec2-p4d.24xlarge");
    expect(p4d.map((p) => p.unitPrice?.toFixed())).toEqual(["21.957642"]);
    expect(p4d[0]?.unit).toBe("hour");
  });

  it("reads a China offer in CNY with its own term codes and region prefix", () => {
    const cn = parsePriceFiles(
      "aws",
      [{ name: "cn", text: fixture("aws-offer-ec2-cn-northwest-1.json") }],
      null,
    );
    expect(cn.prices.map((p) => [p.region, p.product, p.currency, p.unitPrice?.toFixed()])).toEqual([
      ["cn-northwest-1", "ebs-gp3", "CNY", "0.5312"],
    ]);
  });

  it("reads Query API pages (PriceList of JSON strings) together and filters by region", () => {
    const pages = [1, 2].map((n) => ({ name: `page-${n}`, text: fixture(`aws-getproducts-page-${n}.json`) }));
    const all = parsePriceFiles("aws", pages, null);
    expect(all.prices.map((p) => [p.region, p.product])).toEqual([
      ["us-east-1", "ebs-gp2"],
      ["us-east-2", "ebs-st1"],
    ]);
    const east1 = parsePriceFiles("aws", pages, ["us-east-1"]);
    expect(east1.prices.map((p) => p.product)).toEqual(["ebs-gp2"]);
  });

  it("reads an EFS offer as stored-bytes capacity", () => {
    const efs = parsePriceFiles(
      "aws",
      [{ name: "efs", text: fixture("aws-offer-efs-us-east-1.json") }],
      null,
    );
    expect(efs.prices.map((p) => [p.product, p.unit, p.unitPrice?.toFixed()])).toEqual([
      ["efs-standard", "GiB_month", "0.3"],
    ]);
  });

  it("refuses a file that is not an AWS price list", () => {
    expect(() => parsePriceFiles("aws", [{ name: "x.json", text: '{"hello":1}' }], null)).toThrow(
      "x.json: not an AWS offer file or GetProducts response",
    );
  });

  it("builds S3 Standard's volume bands into graduated tiers, whatever their order", () => {
    // S3 Standard us-east-1: first 50 TB $0.023, next 450 TB $0.022, over 500 TB $0.021 per GB-month
    // (pricing.md §1.1, [S2]); the offer lists the three bands in no fixed order.
    const band = (begin: string, end: string, usd: string) => ({
      beginRange: begin,
      endRange: end,
      unit: "GB-Mo",
      pricePerUnit: { USD: usd },
    });
    const record: AwsRecord = {
      serviceCode: "AmazonS3",
      product: {
        sku: "S3STANDARD0001",
        productFamily: "Storage",
        attributes: { usagetype: "TimedStorage-ByteHrs", regionCode: "us-east-1" },
      },
      onDemand: [
        {
          effectiveDate: "2026-10-01T00:00:00Z",
          priceDimensions: {
            a: band("51200", "512000", "0.022"),
            b: band("0", "51200", "0.023"),
            c: band("512000", "Inf", "0.021"),
          },
        },
      ],
    };
    const s3 = parseAwsRecords([record], null).prices.find((p) => p.product === "s3-standard");
    expect(s3?.tierMode).toBe("graduated");
    expect(s3?.includedQuantity.toFixed()).toBe("0");
    expect(s3?.tiers.map((t) => [t.upTo?.toFixed() ?? null, t.unitPrice?.toFixed()])).toEqual([
      ["51200", "0.023"],
      ["512000", "0.022"],
      [null, "0.021"],
    ]);
    // A 1,000 GiB Mountpoint volume: 1,000 × 0.023 = 23.00 per month.
    const entry = { ...s3, id: "s3" } as unknown as CatalogPrice;
    const cost = priceQuantity(entry, dec(1000));
    expect(cost.ok && cost.amount.toFixed(2)).toBe("23.00");
  });

  describe("offer files of FSx for Lustre, EFS Elastic throughput and S3 requests", () => {
    const read = (name: string) => parsePriceFiles("aws", [{ name, text: fixture(name) }], null);
    const rows = (result: ReturnType<typeof read>) =>
      result.prices.map((p) => [p.product, p.component, p.unit, p.unitPrice?.toFixed(), p.sku]);

    it("names each FSx for Lustre tier by deploymentOption, storageType and throughputCapacity", () => {
      const fsx = read("aws-offer-fsx-us-east-1.json");
      expect(rows(fsx)).toEqual([
        ["fsx-lustre-persistent-2-125", "capacity", "GiB_month", "0.145", "FSXLP2SSD125"],
        ["fsx-lustre-persistent-2-250", "capacity", "GiB_month", "0.21", "FSXLP2SSD250"],
        ["fsx-lustre-persistent-2-500", "capacity", "GiB_month", "0.34", "FSXLP2SSD500"],
        ["fsx-lustre-persistent-2-1000", "capacity", "GiB_month", "0.6", "FSXLP2SSD1000"],
        ["fsx-lustre-scratch-2", "capacity", "GiB_month", "0.14", "FSXLSCRATCH2"],
        ["fsx-lustre-persistent-1-hdd-12", "capacity", "GiB_month", "0.025", "FSXLP1HDD12"],
      ]);
    });

    it("skips a Lustre record of no known tier with the reason, and counts other FSx records", () => {
      const fsx = read("aws-offer-fsx-us-east-1.json");
      expect(fsx.warnings).toEqual([
        'FSXLP2SSD40: FSx for Lustre Persistent_2: no tier for throughputCapacity "40"',
      ]);
      expect([fsx.recordsRead, fsx.recordsMatched]).toEqual([9, 6]);
      expect(fsx.unmatched).toEqual({
        "AmazonFSx Storage: no product Tierscope prices": 1,
        "AmazonFSx Storage Snapshot: no product Tierscope prices": 1,
      });
    });

    it("reads EFS Elastic throughput reads and writes per GB by accessType", () => {
      const efs = read("aws-offer-efs-elastic-us-east-1.json");
      expect(rows(efs)).toEqual([
        ["efs-elastic-throughput", "data_read", "GiB", "0.03", "EFSETREAD0001"],
        ["efs-elastic-throughput", "data_write", "GiB", "0.06", "EFSETWRITE001"],
      ]);
      expect(efs.unmatched).toEqual({ "AmazonEFS Storage: no product Tierscope prices": 1 });
    });

    it("reads S3 request tiers per request; a Tier 1 price is PUT's and LIST's", () => {
      const s3 = read("aws-offer-s3-requests-us-east-1.json");
      expect(rows(s3)).toEqual([
        ["s3-standard", "requests_put", "request", "0.000005", "S3TIER1REQ001"],
        ["s3-standard", "requests_list", "request", "0.000005", "S3TIER1REQ001"],
        ["s3-standard", "requests_get", "request", "0.0000004", "S3TIER2REQ001"],
        ["s3-standard-ia", "requests_put", "request", "0.00001", "S3SIATIER1001"],
        ["s3-standard-ia", "requests_list", "request", "0.00001", "S3SIATIER1001"],
      ]);
      expect([s3.recordsRead, s3.recordsMatched]).toEqual([4, 3]);
    });
  });
});
