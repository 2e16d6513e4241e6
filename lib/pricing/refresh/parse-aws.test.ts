import { describe, expect, it } from "vitest";
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
});
