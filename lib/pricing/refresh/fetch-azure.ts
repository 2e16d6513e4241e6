import { AZURE_GPU_VMS } from "../products";
import { type AzureRetailItem, type AzureRetailPage, parseAzureItems } from "./azure-retail";
import { fetchWithRetry, type RetryOptions } from "./fetch-with-retry";
import type { FetchFn, ImportResult } from "./types";

export interface AzureFetchOptions {
  fetch: FetchFn;
  regions: string[];
  currency: string;
  baseUrl?: string;
  retry?: RetryOptions;
  /** Safety bound on NextPageLink chains. */
  maxPages?: number;
}

const BASE = "https://prices.azure.com/api/retail/prices";

/**
 * The region's storage meters and the GPU VMs we price. Filter values are case-sensitive from
 * api-version 2023-01-01-preview on (pricing.md §2.2).
 */
export function azureFilter(region: string): string {
  const vms = AZURE_GPU_VMS.map((sku) => `armSkuName eq '${sku}'`).join(" or ");
  return (
    `armRegionName eq '${region}' and priceType eq 'Consumption' and ` +
    `(serviceFamily eq 'Storage' or serviceName eq 'Azure NetApp Files' or (serviceName eq 'Virtual Machines' and (${vms})))`
  );
}

/** Follows NextPageLink until it is null or empty; never trusts Count. */
export async function fetchAzurePrices(options: AzureFetchOptions): Promise<ImportResult> {
  const items: AzureRetailItem[] = [];
  const sources: string[] = [];
  const maxPages = options.maxPages ?? 500;
  for (const region of options.regions) {
    const params = new URLSearchParams({
      "api-version": "2023-01-01-preview",
      currencyCode: `'${options.currency}'`,
      $filter: azureFilter(region),
    });
    let url: string | null = `${options.baseUrl ?? BASE}?${params}`;
    sources.push(url);
    let pages = 0;
    while (url) {
      if (++pages > maxPages)
        throw new Error(`Azure Retail Prices API: more than ${maxPages} pages for ${region}`);
      const response = await fetchWithRetry(options.fetch, url, {}, options.retry);
      if (response.status !== 200) {
        const error = tryJson(response.body) as {
          Error?: { Message?: string };
          error?: { message?: string };
        } | null;
        const message = error?.Error?.Message ?? error?.error?.message ?? response.body.slice(0, 200);
        throw new Error(`Azure Retail Prices API: HTTP ${response.status}: ${message}`);
      }
      const page = JSON.parse(response.body) as AzureRetailPage;
      for (const item of page.Items) items.push(item);
      url = page.NextPageLink || null;
    }
  }
  return { ...parseAzureItems(items), sources };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
