import { fetchWithRetry, type RetryOptions } from "./fetch-with-retry";
import { type GcpSku, type GcpSkuPage, parseGcpSkus } from "./gcp-catalog";
import type { FetchFn, ImportResult } from "./types";

export interface GcpFetchOptions {
  fetch: FetchFn;
  apiKey: string;
  regions: string[];
  currency: string;
  baseUrl?: string;
  retry?: RetryOptions;
  maxPages?: number;
}

const BASE = "https://cloudbilling.googleapis.com";
/** Catalog services that hold the SKUs we price, by display name (their ids are looked up, not assumed). */
export const GCP_SERVICES = ["Compute Engine", "Cloud Storage", "Cloud Filestore", "Managed Lustre"];

interface GoogleError {
  error?: { code?: number; message?: string; status?: string; details?: { reason?: string }[] };
}

/** One line naming the API and Google's reason: API_KEY_INVALID, PERMISSION_DENIED… */
export function describeGoogleError(status: number, body: string): string {
  let parsed: GoogleError | null = null;
  try {
    parsed = JSON.parse(body) as GoogleError;
  } catch {
    // not JSON: fall through to the status alone
  }
  const reason =
    parsed?.error?.details?.find((d) => d.reason)?.reason ?? parsed?.error?.status ?? `HTTP ${status}`;
  const message = parsed?.error?.message ?? body.slice(0, 200);
  return `GCP Cloud Billing Catalog API rejected the request (${reason}): ${message}`;
}

async function pages<T>(
  options: GcpFetchOptions,
  path: string,
  extra: Record<string, string>,
  pick: (page: unknown) => { items: T[]; next?: string },
) {
  const items: T[] = [];
  let token: string | undefined;
  let count = 0;
  do {
    if (++count > (options.maxPages ?? 200))
      throw new Error(`GCP Cloud Billing Catalog API: too many pages for ${path}`);
    const params = new URLSearchParams({
      key: options.apiKey,
      pageSize: "5000",
      ...extra,
      ...(token ? { pageToken: token } : {}),
    });
    const url = `${options.baseUrl ?? BASE}${path}?${params}`;
    const response = await fetchWithRetry(options.fetch, url, {}, options.retry);
    if (response.status !== 200) throw new Error(describeGoogleError(response.status, response.body));
    const page = pick(JSON.parse(response.body));
    for (const item of page.items) items.push(item);
    token = page.next || undefined;
  } while (token);
  return items;
}

/** Lists the Catalog's services, then pages through the SKUs of the ones we price (nextPageToken). */
export async function fetchGcpPrices(options: GcpFetchOptions): Promise<ImportResult> {
  const services = await pages(options, "/v1/services", {}, (page) => {
    const p = page as { services?: { serviceId: string; displayName: string }[]; nextPageToken?: string };
    return { items: p.services ?? [], next: p.nextPageToken };
  });
  const wanted = services.filter((s) => GCP_SERVICES.includes(s.displayName));
  const skus: GcpSku[] = [];
  const sources: string[] = [];
  for (const service of wanted) {
    const path = `/v1/services/${service.serviceId}/skus`;
    sources.push(`${options.baseUrl ?? BASE}${path} (${service.displayName})`);
    skus.push(
      ...(await pages(options, path, { currencyCode: options.currency }, (page) => {
        const p = page as GcpSkuPage;
        return { items: p.skus ?? [], next: p.nextPageToken };
      })),
    );
  }
  const result = parseGcpSkus(skus, options.regions);
  const times = skus
    .flatMap((s) => s.pricingInfo.map((i) => i.effectiveTime ?? ""))
    .filter(Boolean)
    .sort();
  return { ...result, version: times.at(-1) ?? null, sources };
}
