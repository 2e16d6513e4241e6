import type { Provider } from "../types";
import { type AwsRecord, awsRecordsFromOffer, parseAwsRecords } from "./aws-offer";
import { type AzureRetailItem, isAzureRetailPage, parseAzureItems } from "./azure-retail";
import { type GcpSku, isGcpSkuPage, parseGcpSkus } from "./gcp-catalog";
import type { ImportResult } from "./types";

export interface PriceFile {
  name: string;
  text: string;
}

/**
 * Recorded API responses, for `prices refresh --from-file`: AWS offer files or GetProducts pages,
 * Azure Retail Prices pages, GCP Catalog SKU pages. The files are read together, so the pages of
 * one response (and io2's three tier SKUs, or one disk family's tiers) make whole prices.
 * `regions` null keeps every region.
 */
export function parsePriceFiles(
  provider: Provider,
  files: PriceFile[],
  regions: string[] | null,
): ImportResult {
  const parsed = files.map((file) => {
    try {
      return { name: file.name, json: JSON.parse(file.text) as unknown };
    } catch (error) {
      throw new Error(`${file.name}: not JSON (${(error as Error).message})`);
    }
  });
  const sources = files.map((f) => f.name);
  if (provider === "aws") {
    const records: AwsRecord[] = [];
    const versions: string[] = [];
    for (const { name, json } of parsed) {
      try {
        const offer = awsRecordsFromOffer(json);
        for (const record of offer.records) records.push(record);
        if (offer.version) versions.push(offer.version);
      } catch {
        throw new Error(`${name}: not an AWS offer file or GetProducts response`);
      }
    }
    return { ...parseAwsRecords(records, regions), version: versions.join(", ") || null, sources };
  }
  if (provider === "azure") {
    const items: AzureRetailItem[] = [];
    for (const { name, json } of parsed) {
      if (!isAzureRetailPage(json))
        throw new Error(`${name}: not an Azure Retail Prices API page (no Items)`);
      for (const item of json.Items) if (!regions || regions.includes(item?.armRegionName)) items.push(item);
    }
    return { ...parseAzureItems(items), sources };
  }
  if (provider === "gcp") {
    const skus: GcpSku[] = [];
    for (const { name, json } of parsed) {
      if (!isGcpSkuPage(json)) throw new Error(`${name}: not a GCP Cloud Billing Catalog SKU page (no skus)`);
      for (const sku of json.skus) skus.push(sku);
    }
    const parsedSkus = parseGcpSkus(skus, regions);
    const times = skus
      .flatMap((s) => s.pricingInfo.map((i) => i.effectiveTime ?? ""))
      .filter(Boolean)
      .sort();
    return { ...parsedSkus, version: times.at(-1) ?? null, sources };
  }
  throw new Error(`No price API for provider ${provider}`);
}
