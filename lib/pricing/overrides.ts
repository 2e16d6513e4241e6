import type { Dec } from "./decimal";
import { isInForce } from "./select-price";
import type { IsoDay, PriceComponent, PriceUnit, Provider } from "./types";

/** A price override or a negotiated discount, as pure data. */
export interface OverrideRule {
  id: string;
  kind: "unit_price" | "discount";
  clusterId: string | null;
  storageClassName: string | null;
  provider: Provider | null;
  product: string | null;
  component: PriceComponent | null;
  unit: PriceUnit | null;
  unitPrice: Dec | null;
  currency: string | null;
  discountPercent: Dec | null;
  effectiveFrom: IsoDay;
  effectiveTo: IsoDay | null;
  createdAt: string;
  note: string | null;
}

const newestFirst = (a: OverrideRule, b: OverrideRule) => b.createdAt.localeCompare(a.createdAt);

/**
 * The unit-price overrides for one StorageClass in force on `day`, one per component: an override
 * naming the cluster beats a fleet-wide one for the same class name; then the newest wins.
 */
export function unitPriceOverrides(
  rules: OverrideRule[],
  target: { clusterId: string; storageClassName: string | null },
  day: IsoDay,
): Map<PriceComponent, OverrideRule> {
  const matching = rules
    .filter(
      (r) =>
        r.kind === "unit_price" &&
        r.storageClassName !== null &&
        r.storageClassName === target.storageClassName &&
        (r.clusterId === null || r.clusterId === target.clusterId) &&
        isInForce(r, day),
    )
    .sort((a, b) => Number(b.clusterId !== null) - Number(a.clusterId !== null) || newestFirst(a, b));
  const byComponent = new Map<PriceComponent, OverrideRule>();
  for (const rule of matching) {
    const component = rule.component ?? "capacity";
    if (!byComponent.has(component)) byComponent.set(component, rule);
  }
  return byComponent;
}

/**
 * The negotiated discount for a catalog price: the most specific rule wins (a product over its
 * provider, a provider over everything; a cluster-specific rule over a fleet-wide one). Discounts
 * do not stack: a contract states one rate per product.
 */
export function discountFor(
  rules: OverrideRule[],
  target: { clusterId: string; provider: Provider; product: string },
  day: IsoDay,
): OverrideRule | null {
  const score = (r: OverrideRule) => (r.product ? 4 : 0) + (r.provider ? 2 : 0) + (r.clusterId ? 1 : 0);
  const matching = rules
    .filter(
      (r) =>
        r.kind === "discount" &&
        r.discountPercent !== null &&
        (r.provider === null || r.provider === target.provider) &&
        (r.product === null || r.product === target.product) &&
        (r.clusterId === null || r.clusterId === target.clusterId) &&
        isInForce(r, day),
    )
    .sort((a, b) => score(b) - score(a) || newestFirst(a, b));
  return matching[0] ?? null;
}
