import { Prisma } from "../../db/generated/client";
import { dec } from "../../pricing/decimal";
import type { CatalogPrice, IsoDay, PriceTier } from "../../pricing/types";

// Shared by the pricing queries: database rows ⇄ the pure pricing types (Decimal ⇄ decimal.js,
// @db.Date ⇄ ISO day). Not an operation of its own.

export const entryWithSource = { source: true, tiers: { orderBy: { ordinal: "asc" } } } as const;
export type EntryRow = Prisma.PriceEntryGetPayload<{ include: typeof entryWithSource }>;

export const isoDay = (date: Date): IsoDay => date.toISOString().slice(0, 10);
export const dayDate = (day: IsoDay): Date => new Date(`${day}T00:00:00.000Z`);

export function toCatalogPrice(row: EntryRow): CatalogPrice {
  return {
    id: row.id,
    provider: row.provider,
    region: row.region,
    product: row.product,
    component: row.component,
    unit: row.unit,
    currency: row.currency.trim(),
    tierMode: row.tierMode,
    unitPrice: row.unitPrice === null ? null : dec(row.unitPrice),
    includedQuantity: dec(row.includedQuantity),
    tiers: row.tiers.map(
      (t): PriceTier => ({
        upTo: t.upToQuantity === null ? null : dec(t.upToQuantity),
        unitPrice: t.unitPrice === null ? null : dec(t.unitPrice),
        tierPrice: t.tierPrice === null ? null : dec(t.tierPrice),
        label: t.label,
      }),
    ),
    effectiveFrom: isoDay(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? isoDay(row.effectiveTo) : null,
    inForceSinceAtLeast: row.inForceSinceAtLeast ? isoDay(row.inForceSinceAtLeast) : null,
    sku: row.sku,
    description: row.description,
    source: {
      kind: row.source.kind,
      description: row.source.description,
      url: row.source.url,
      grade: row.source.grade,
      sourceDate: isoDay(row.source.sourceDate),
      confirmedOn: row.source.confirmedOn ? isoDay(row.source.confirmedOn) : null,
    },
    retrievedAt: row.source.retrievedAt.toISOString(),
  };
}

/** The columns of a price entry and its tiers, from pure values (decimal strings, exact). */
export function entryData(p: Omit<CatalogPrice, "id" | "source" | "retrievedAt" | "effectiveTo">) {
  return {
    provider: p.provider,
    region: p.region,
    product: p.product,
    component: p.component,
    unit: p.unit,
    currency: p.currency,
    tierMode: p.tierMode,
    unitPrice: p.unitPrice === null ? null : new Prisma.Decimal(p.unitPrice.toFixed()),
    includedQuantity: new Prisma.Decimal(p.includedQuantity.toFixed()),
    effectiveFrom: dayDate(p.effectiveFrom),
    inForceSinceAtLeast: p.inForceSinceAtLeast ? dayDate(p.inForceSinceAtLeast) : null,
    sku: p.sku,
    description: p.description,
  };
}

export function tierData(tiers: PriceTier[]) {
  return tiers.map((t, ordinal) => ({
    ordinal,
    upToQuantity: t.upTo === null ? null : new Prisma.Decimal(t.upTo.toFixed()),
    unitPrice: t.unitPrice === null ? null : new Prisma.Decimal(t.unitPrice.toFixed()),
    tierPrice: t.tierPrice === null ? null : new Prisma.Decimal(t.tierPrice.toFixed()),
    label: t.label,
  }));
}
