import type { Db } from "../../db/prisma";
import { resolveDuplicates } from "../../pricing/refresh/resolve-duplicates";
import type { ImportResult } from "../../pricing/refresh/types";
import { type IsoDay, OPEN_START_DAY, type Provider } from "../../pricing/types";
import { dayDate, entryData, isoDay, tierData } from "./price-rows";

export interface ImportRefreshResult {
  sourceId: string;
  sourceDate: string;
  entriesCreated: number;
  entriesClosed: number;
  entriesBackfilled: number;
  warnings: string[];
}

/**
 * Stores one refresh as a new dated price source (kind api_refresh). Its prices are in force from
 * the refresh's day; the previous open prices of the same (provider, region, product, component)
 * end that day, so every earlier day keeps the price that was in force then.
 *
 * A product priced for the first time has no earlier price to keep: its price also covers the
 * earlier days it was in force, from the provider's stated effective date, or, where the provider
 * states none, from the open start, "in force since at least" the refresh day (as bundled prices).
 * `entriesBackfilled` counts them.
 */
export async function importRefreshedPrices(
  db: Db,
  input: { provider: Provider; result: ImportResult; description: string; url: string | null; now: Date },
): Promise<ImportRefreshResult> {
  const day = isoDay(input.now);
  // Two records for one product must not let page order decide its price.
  const { prices, warnings: ambiguous } = resolveDuplicates(input.result.prices);
  const warnings = [...input.result.warnings, ...ambiguous];
  if (prices.length === 0)
    throw new Error(
      `The ${input.provider} refresh found no prices to import: ${warnings[0] ?? "empty response"}`,
    );
  return db.$transaction(
    async (tx) => {
      const source = await tx.priceSource.create({
        data: {
          kind: "api_refresh",
          provider: input.provider,
          description: input.description,
          url: input.url,
          grade: "A",
          version: input.result.version,
          sourceDate: dayDate(day),
          retrievedAt: input.now,
        },
      });
      let entriesClosed = 0;
      let entriesBackfilled = 0;
      for (const price of prices) {
        const key = {
          provider: price.provider,
          region: price.region,
          product: price.product,
          component: price.component,
        };
        const firstPrice = (await tx.priceEntry.count({ where: key })) === 0;
        const start = firstPrice ? firstPriceStart(price.providerEffectiveDate, day) : day;
        if (start < day) entriesBackfilled += 1;
        entriesClosed += (
          await tx.priceEntry.updateMany({
            where: {
              provider: price.provider,
              region: price.region,
              product: price.product,
              component: price.component,
              effectiveTo: null,
              effectiveFrom: { lte: dayDate(day) },
            },
            data: { effectiveTo: dayDate(day) },
          })
        ).count;
        await tx.priceEntry.create({
          data: {
            ...entryData({
              ...price,
              effectiveFrom: start,
              inForceSinceAtLeast: start === OPEN_START_DAY ? day : null,
            }),
            sourceId: source.id,
            tiers: { create: tierData(price.tiers) },
          },
        });
      }
      return {
        sourceId: source.id,
        sourceDate: day,
        entriesCreated: prices.length,
        entriesClosed,
        entriesBackfilled,
        warnings,
      };
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

/** Where a product's first price starts: the provider's stated effective day, else the open start. */
function firstPriceStart(stated: IsoDay | null, day: IsoDay): IsoDay {
  if (!stated) return OPEN_START_DAY;
  return stated < day ? stated : day;
}
