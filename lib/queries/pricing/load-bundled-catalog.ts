import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { bundledCatalog, type LoadablePrice } from "../../pricing/catalog";
import { catalogKey } from "../../pricing/select-price";
import { dayDate, type EntryRow, entryData, entryWithSource, tierData, toCatalogPrice } from "./price-rows";
import { bundledEntryKey, retireSupersededBundledEntries } from "./retire-superseded-bundled-entries";

export interface LoadCatalogResult {
  sourcesCreated: number;
  entriesCreated: number;
  entriesUpdated: number;
  entriesClosed: number;
  /** Open bundled entries the file no longer states (superseded), deleted or ended. */
  entriesRetired: number;
}

/** What decides whether a stored bundled entry still says what the catalog file says. */
function fingerprint(p: Omit<LoadablePrice, "source">): string {
  return JSON.stringify([
    p.unit,
    p.currency,
    p.tierMode,
    p.unitPrice?.toFixed() ?? null,
    p.includedQuantity.toFixed(),
    p.effectiveFrom,
    p.inForceSinceAtLeast ?? null,
    p.sku,
    p.description,
    p.tiers.map((t) => [
      t.upTo?.toFixed() ?? null,
      t.unitPrice?.toFixed() ?? null,
      t.tierPrice?.toFixed() ?? null,
      t.label,
    ]),
  ]);
}

/**
 * Loads the bundled catalog (lib/pricing/catalog) into price_source/price_entry, idempotently:
 * sources are found by their key and entries by (source, provider, region, product, component), so
 * loading the same catalog again changes nothing. An entry the file corrects is updated in place; a
 * new bundled price closes the older open bundled price of the same key, so older days keep it; an
 * open bundled entry the file no longer states is retired (retire-superseded-bundled-entries.ts).
 * Runs after migrations in `serve`, `demo` and `prices` (lib/cli/ensure-price-catalog.ts).
 */
export async function loadBundledCatalog(db: Db, { now }: { now: Date }): Promise<LoadCatalogResult> {
  const catalog = bundledCatalog();
  const result: LoadCatalogResult = {
    sourcesCreated: 0,
    entriesCreated: 0,
    entriesUpdated: 0,
    entriesClosed: 0,
    entriesRetired: 0,
  };
  await db.$transaction(
    async (tx) => {
      const keys = [...new Set(catalog.map((p) => p.source.key))];
      const sources = await tx.priceSource.findMany({ where: { key: { in: keys } } });
      const sourceIds = new Map(sources.map((s) => [s.key as string, s.id]));
      const existing = await tx.priceEntry.findMany({
        where: { sourceId: { in: sources.map((s) => s.id) } },
        include: entryWithSource,
      });
      const byKey = new Map(existing.map((row) => [`${row.sourceId}|${catalogKey(row)}`, row]));
      // A source whose citation (description, page, grade, dates) the file corrects is updated.
      const checkedSources = new Set<string>();
      for (const price of catalog) {
        let sourceId = sourceIds.get(price.source.key);
        if (!sourceId) {
          sourceId = (await tx.priceSource.create({ data: sourceData(price, now) })).id;
          sourceIds.set(price.source.key, sourceId);
          result.sourcesCreated++;
        } else if (!checkedSources.has(sourceId)) {
          checkedSources.add(sourceId);
          const stored = sources.find((s) => s.id === sourceId);
          const citation = sourceCitation(price);
          if (stored && citationText(stored) !== citationText(citation)) {
            await tx.priceSource.update({ where: { id: sourceId }, data: citation });
          }
        }
        const row = byKey.get(`${sourceId}|${catalogKey(price)}`);
        if (row) {
          if (fingerprint(toCatalogPrice(row)) !== fingerprint(price)) {
            await update(tx, row, price);
            result.entriesUpdated++;
          }
          continue;
        }
        result.entriesClosed += (
          await tx.priceEntry.updateMany({
            where: {
              provider: price.provider,
              region: price.region,
              product: price.product,
              component: price.component,
              effectiveTo: null,
              effectiveFrom: { lt: dayDate(price.effectiveFrom) },
              source: { kind: "bundled" },
            },
            data: { effectiveTo: dayDate(price.effectiveFrom) },
          })
        ).count;
        await tx.priceEntry.create({
          data: { ...entryData(price), sourceId, tiers: { create: tierData(price.tiers) } },
        });
        result.entriesCreated++;
      }
      const current = new Set(catalog.map((p) => bundledEntryKey(p.source.key, p)));
      result.entriesRetired = await retireSupersededBundledEntries(tx, current);
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
  return result;
}

function sourceCitation(price: LoadablePrice) {
  return {
    description: price.source.description,
    url: price.source.url,
    grade: price.source.grade,
    sourceDate: dayDate(price.source.sourceDate),
    confirmedOn: dayDate(price.source.confirmedOn),
  };
}

interface Citation {
  description: string;
  url: string | null;
  grade: string | null;
  sourceDate: Date;
  confirmedOn: Date | null;
}

function citationText(c: Citation): string {
  return JSON.stringify([
    c.description,
    c.url,
    c.grade,
    c.sourceDate.toISOString(),
    c.confirmedOn?.toISOString() ?? null,
  ]);
}

function sourceData(price: LoadablePrice, now: Date): Prisma.PriceSourceUncheckedCreateInput {
  return {
    kind: "bundled",
    key: price.source.key,
    provider: price.source.provider,
    ...sourceCitation(price),
    retrievedAt: now,
  };
}

async function update(tx: Prisma.TransactionClient, row: EntryRow, price: LoadablePrice) {
  await tx.priceTier.deleteMany({ where: { entryId: row.id } });
  await tx.priceEntry.update({
    where: { id: row.id },
    data: { ...entryData(price), tiers: { create: tierData(price.tiers) } },
  });
}
