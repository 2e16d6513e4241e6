import type { Prisma } from "../../db/generated/client";
import { catalogKey } from "../../pricing/select-price";

/**
 * Retires the open bundled entries the catalog file no longer states (e.g. one product's tiers once
 * split over several sources, now one entry): left open, they would compete with the file's entry
 * for the same days. One no cost fact cites is deleted; one a fact cites ends where it starts, so it
 * is never in force again but the fact keeps its provenance until the next recompute. Entries a newer
 * bundled price closed (their effectiveTo is set) stay: older days keep them. Returns how many.
 */
export async function retireSupersededBundledEntries(
  tx: Prisma.TransactionClient,
  current: ReadonlySet<string>,
): Promise<number> {
  const open = await tx.priceEntry.findMany({
    where: { effectiveTo: null, source: { kind: "bundled", key: { not: null } } },
    select: {
      id: true,
      provider: true,
      region: true,
      product: true,
      component: true,
      effectiveFrom: true,
      source: { select: { key: true } },
      _count: { select: { costFacts: true } },
    },
  });
  const superseded = open.filter((e) => !current.has(bundledEntryKey(e.source.key as string, e)));
  for (const entry of superseded) {
    if (entry._count.costFacts === 0) {
      await tx.priceEntry.delete({ where: { id: entry.id } });
    } else {
      await tx.priceEntry.update({ where: { id: entry.id }, data: { effectiveTo: entry.effectiveFrom } });
    }
  }
  return superseded.length;
}

/** What identifies a bundled entry across loads: its source's key and its catalog key. */
export function bundledEntryKey(
  sourceKey: string,
  p: { provider: string; region: string; product: string; component: string },
): string {
  return `${sourceKey}|${catalogKey(p)}`;
}
