import type { CatalogPrice, IsoDay, SourceKind } from "./types";

// A manual price is someone's deliberate statement; a refresh is fresher than the bundled file.
const KIND_RANK: Record<SourceKind, number> = { manual: 3, api_refresh: 2, bundled: 1 };

export function isInForce(entry: Pick<CatalogPrice, "effectiveFrom" | "effectiveTo">, day: IsoDay): boolean {
  return entry.effectiveFrom <= day && (entry.effectiveTo === null || day < entry.effectiveTo);
}

/**
 * The price in force on `day` among candidates for one (provider, region, product, component):
 * the latest effective-from wins, then the stronger source kind, then the later retrieval.
 */
export function selectPriceInForce(candidates: CatalogPrice[], day: IsoDay): CatalogPrice | null {
  const inForce = candidates.filter((entry) => isInForce(entry, day));
  inForce.sort(
    (a, b) =>
      b.effectiveFrom.localeCompare(a.effectiveFrom) ||
      KIND_RANK[b.source.kind] - KIND_RANK[a.source.kind] ||
      b.retrievedAt.localeCompare(a.retrievedAt),
  );
  return inForce[0] ?? null;
}

/**
 * Why no price is in force on `day`: no entry at all, or the known prices start later or ended
 * earlier. The day itself is not in the text (the fact it explains carries it), so the days of an
 * unpriced stretch read alike and are stored as one run.
 */
export function explainNoPrice(candidates: CatalogPrice[], day: IsoDay): string {
  if (candidates.length === 0) return "no price in the catalog";
  const later = candidates.filter((c) => c.effectiveFrom > day).map((c) => c.effectiveFrom);
  if (later.length > 0) return `the earliest known price starts ${later.sort()[0]}, after this day`;
  return "the known prices ended before this day";
}

export function catalogKey(p: { provider: string; region: string; product: string; component: string }) {
  return `${p.provider}|${p.region}|${p.product}|${p.component}`;
}
