import { catalogKey } from "../select-price";
import type { ImportedPrice } from "./types";

/**
 * One price per (provider, region, product, component) from a refresh, whatever order the pages
 * came in: the exact match wins over pattern matches, then the lowest SKU id. Every such choice is
 * reported, since two records for one product mean the mapping is ambiguous and needs a look.
 */
export function resolveDuplicates(prices: ImportedPrice[]): { prices: ImportedPrice[]; warnings: string[] } {
  const groups = new Map<string, ImportedPrice[]>();
  for (const price of prices) {
    const key = catalogKey(price);
    groups.set(key, [...(groups.get(key) ?? []), price]);
  }
  const kept: ImportedPrice[] = [];
  const warnings: string[] = [];
  for (const [key, group] of groups) {
    const ranked = [...group].sort(
      (a, b) =>
        Number(b.exactMatch ?? false) - Number(a.exactMatch ?? false) ||
        (a.sku ?? "").localeCompare(b.sku ?? "") ||
        (a.description ?? "").localeCompare(b.description ?? ""),
    );
    const chosen = ranked[0] as ImportedPrice;
    kept.push(chosen);
    if (group.length === 1) continue;
    const exact = group.filter((p) => p.exactMatch).length;
    const why =
      exact === 1
        ? "the exact match"
        : exact > 1
          ? "several exact matches: the lowest SKU id"
          : "the lowest SKU id";
    const skus = group.map((p) => p.sku ?? "?").sort();
    warnings.push(
      `ambiguous: ${group.length} prices for ${key} (skus ${skus.join(", ")}): kept ${chosen.sku} (${why})`,
    );
  }
  return { prices: kept, warnings };
}
