import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../db/prisma";
import { fetchAwsPrices } from "../../pricing/refresh/fetch-aws";
import { fetchAzurePrices } from "../../pricing/refresh/fetch-azure";
import { fetchGcpPrices } from "../../pricing/refresh/fetch-gcp";
import { parsePriceFiles } from "../../pricing/refresh/parse-price-file";
import type { ImportResult } from "../../pricing/refresh/types";
import { importRefreshedPrices } from "../../services/pricing/import-refreshed-prices";
import { listFleetRegions } from "../../services/pricing/list-fleet-regions";
import { systemContext } from "../../services/service-context";

export type RefreshProvider = "aws" | "azure" | "gcp";

export interface RefreshOptions {
  provider: RefreshProvider;
  region?: string[];
  fromFile?: string[];
  currency: string;
  apiKey?: string;
}

const DEFAULT_REGION: Record<RefreshProvider, string> = {
  aws: "us-east-1",
  azure: "eastus",
  gcp: "us-central1",
};
const API_NAME: Record<RefreshProvider, string> = {
  aws: "AWS Price List (bulk offer files and the Query API)",
  azure: "Azure Retail Prices API",
  gcp: "GCP Cloud Billing Catalog API",
};

/** What a refresh read and what became of each record, for the CLI output and the audit. */
export interface RefreshSummary {
  output: string;
  recordsRead: number;
  recordsMatched: number;
  recordsSkipped: number;
  recordsUnmatched: number;
  /** Reason → records, for records of no product Tierscope prices. */
  unmatched: Record<string, number>;
  /** Why each skipped record of a priced product gave no price. */
  skipped: string[];
  entriesCreated: number;
  entriesBackfilled: number;
}

/** `tierscope prices refresh`: one dated, versioned refresh from the provider's API or recorded files. */
export async function refreshPrices(db: Db, options: RefreshOptions, now: Date): Promise<RefreshSummary> {
  const regions = options.region?.length ? options.region : await fleetRegions(db, options.provider);
  let result: ImportResult;
  let description: string;
  if (options.fromFile?.length) {
    const files = options.fromFile.map((file) => {
      try {
        return { name: path.basename(file), text: readFileSync(file, "utf8") };
      } catch (error) {
        throw new Error(
          `Cannot read --from-file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
    });
    console.log(`Reading ${files.length} recorded ${API_NAME[options.provider]} response(s)…`);
    result = parsePriceFiles(options.provider, files, options.region?.length ? regions : null);
    description = `${API_NAME[options.provider]}, recorded responses: ${files.map((f) => f.name).join(", ")}`;
  } else {
    console.log(`Fetching ${API_NAME[options.provider]} for ${regions.join(", ")}…`);
    result = await fetchLive(options, regions);
    description = `${API_NAME[options.provider]}, ${regions.join(", ")}`;
  }
  const stored = await importRefreshedPrices(db, {
    ctx: systemContext("prices refresh"),
    input: {
      provider: options.provider,
      result,
      description: result.version ? `${description} (version ${result.version})` : description,
      url: result.sources.length === 1 ? (result.sources[0] as string) : null,
      now,
    },
  });
  const unmatchedCount = Object.values(result.unmatched).reduce((sum, n) => sum + n, 0);
  const reasons = Object.entries(result.unmatched).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const output = [
    `Read ${result.recordsRead} provider records: ${result.recordsMatched} matched a priced product, ${result.warnings.length} skipped with a reason, ${unmatchedCount} of products Tierscope does not price.`,
    `Imported ${stored.entriesCreated} ${options.provider} prices in force from ${stored.sourceDate} (source ${stored.sourceId}); ${stored.entriesClosed} earlier prices now end that day; ${stored.entriesBackfilled} products priced for the first time also cover the earlier days their price was in force.`,
    ...stored.warnings.slice(0, 20).map((w) => `skipped: ${w}`),
    stored.warnings.length > 20 ? `… and ${stored.warnings.length - 20} more skipped` : "",
    ...reasons.slice(0, 10).map(([reason, count]) => `not imported: ${count} × ${reason}`),
    reasons.length > 10 ? `… and ${reasons.length - 10} more reasons` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return {
    output,
    recordsRead: result.recordsRead,
    recordsMatched: result.recordsMatched,
    recordsSkipped: result.warnings.length,
    recordsUnmatched: unmatchedCount,
    unmatched: result.unmatched,
    skipped: stored.warnings,
    entriesCreated: stored.entriesCreated,
    entriesBackfilled: stored.entriesBackfilled,
  };
}

async function fleetRegions(db: Db, provider: RefreshProvider): Promise<string[]> {
  const regions = await listFleetRegions(db, { ctx: systemContext("prices refresh"), input: { provider } });
  return regions.length > 0 ? regions : [DEFAULT_REGION[provider]];
}

async function fetchLive(options: RefreshOptions, regions: string[]): Promise<ImportResult> {
  if (options.provider === "aws") {
    const {
      AWS_ACCESS_KEY_ID: accessKeyId,
      AWS_SECRET_ACCESS_KEY: secretAccessKey,
      AWS_SESSION_TOKEN: sessionToken,
    } = process.env;
    const credentials =
      accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken } : null;
    return fetchAwsPrices({ fetch, regions, credentials, now: () => new Date() });
  }
  if (options.provider === "azure") return fetchAzurePrices({ fetch, regions, currency: options.currency });
  const apiKey = options.apiKey ?? process.env.TIERSCOPE_GCP_API_KEY;
  if (!apiKey)
    throw new Error(
      "The GCP Cloud Billing Catalog API needs an API key: --api-key KEY or TIERSCOPE_GCP_API_KEY",
    );
  return fetchGcpPrices({ fetch, apiKey, regions, currency: options.currency });
}
