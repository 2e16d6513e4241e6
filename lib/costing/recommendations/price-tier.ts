import { formatBytes } from "../../format";
import { type PricedVolume, priceVolume } from "../../pricing/price-volume";
import { product } from "../../pricing/resolve/params";
import { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import type { Resolution, ResolveInput, StorageClassInput } from "../../pricing/resolve/types";
import type { Provider } from "../../pricing/types";
import { isoDay } from "../waste/context";
import type { VolumeShape } from "../waste/price-volume-monthly";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceBasis } from "./price-basis";
import type { RecommendationCost, TierSide } from "./recommendation";
import { tierPerformance } from "./tier-performance";

/**
 * Where a volume could go: a StorageClass (an existing one, or the one the fix creates) resolved by
 * the same code that resolves the cluster's own classes, or a catalog product directly (object
 * storage tiers, which no StorageClass parameter selects).
 */
export type TargetTier =
  | { kind: "storage-class"; storageClass: StorageClassInput }
  | { kind: "product"; provider: Provider; product: string; note: string };

export interface PricedTier {
  resolution: Resolution;
  priced: PricedVolume;
  side: TierSide;
}

function resolveInput(
  inventory: RecommendationInventory,
  shape: VolumeShape,
  storageClass: StorageClassInput | null,
  withAttributes: boolean,
): ResolveInput {
  const vac = withAttributes
    ? inventory.volumeAttributesClasses.find((c) => c.name === shape.volumeAttributesClassName)
    : undefined;
  return {
    storageClass,
    volumeAttributesClass: vac ?? null,
    volume: {
      capacityBytes: shape.capacityBytes,
      region: shape.region,
      zone: shape.zone,
      csiDriver: shape.csiDriver,
      volumeAttributes: shape.volumeAttributes,
      annotations: withAttributes ? shape.annotations : {},
    },
    cluster: { provider: inventory.cluster.provider, region: inventory.cluster.region },
  };
}

function priceResolution(
  inventory: RecommendationInventory,
  context: RecommendationContext,
  resolution: Resolution,
  storageClassName: string | null,
  capacityBytes: bigint,
  storedBytes: bigint | null,
): PricedTier {
  const { pricing } = context;
  const priced = priceVolume({
    resolution,
    storageClassName,
    clusterId: inventory.cluster.id,
    capacityBytes,
    storedBytes,
    day: isoDay(context.now),
    catalog: pricing.catalog,
    overrides: pricing.overrides,
    displayCurrency: pricing.displayCurrency,
    exchangeRates: pricing.exchangeRates,
  });
  const billedBytes = storedBytes ?? capacityBytes;
  const size = `${formatBytes(billedBytes)}${storedBytes !== null ? " stored" : ""} ${priced.label}`;
  const components = priceBasis(priced);
  const basis =
    priced.status === "priced" || priced.status === "estimated"
      ? `${size}: ${components}${priced.reason ? ` (${priced.reason})` : ""}`
      : `${size}: ${priced.reason ?? priced.status}`;
  const cost: RecommendationCost = {
    status: priced.status,
    monthlyCost: priced.monthlyCost,
    currency: priced.currency,
    basis,
  };
  return {
    resolution,
    priced,
    side: {
      storageClassName,
      product: resolution.kind === "product" ? resolution.product : null,
      label: priced.label,
      cost,
      performance: tierPerformance(resolution, capacityBytes),
    },
  };
}

/** Bytes a usage-billed product bills: the measured p95 used bytes, else unknown (an estimate at capacity). */
function storedBytesFor(resolution: Resolution, usedBytes: number | null): bigint | null {
  if (resolution.kind !== "product" || resolution.basis !== "stored" || usedBytes === null) return null;
  return BigInt(Math.ceil(usedBytes));
}

/** What a volume costs per month today on its own StorageClass (and VolumeAttributesClass). */
export function priceCurrentTier(
  inventory: RecommendationInventory,
  context: RecommendationContext,
  shape: VolumeShape,
  usedBytes: number | null,
): PricedTier {
  const sc = inventory.storageClasses.find((c) => c.name === shape.storageClassName) ?? null;
  const resolution = resolveStorage(resolveInput(inventory, shape, sc, true));
  const stored = storedBytesFor(resolution, usedBytes);
  return priceResolution(inventory, context, resolution, shape.storageClassName, shape.capacityBytes, stored);
}

/**
 * What the same volume would cost per month on the target tier: same capacity (or, for usage-billed
 * targets, the same measured used bytes), in the same region, through the same catalog, overrides
 * and currency as the current side, so the two figures compare.
 */
export function priceTargetTier(
  inventory: RecommendationInventory,
  context: RecommendationContext,
  shape: VolumeShape,
  target: TargetTier,
  usedBytes: number | null,
): PricedTier {
  const input = resolveInput(
    inventory,
    shape,
    target.kind === "storage-class" ? target.storageClass : null,
    false,
  );
  const resolution =
    target.kind === "storage-class"
      ? resolveStorage(input)
      : product(input, target.provider, target.product, { notes: [target.note] });
  const stored = storedBytesFor(resolution, usedBytes);
  const name = target.kind === "storage-class" ? target.storageClass.name : null;
  return priceResolution(inventory, context, resolution, name, shape.capacityBytes, stored);
}

/** before − after; unpriced when either side is, estimated when either side is. */
export function savingsOf(current: TierSide, proposed: TierSide): RecommendationCost {
  const [before, after] = [current.cost, proposed.cost];
  const currency = before.currency;
  if (before.monthlyCost === null || after.monthlyCost === null) {
    const missing = before.monthlyCost === null ? before : after;
    return { status: "unpriced", monthlyCost: null, currency, basis: missing.basis };
  }
  const estimated = before.status === "estimated" || after.status === "estimated";
  return {
    status: estimated ? "estimated" : "priced",
    monthlyCost: before.monthlyCost.minus(after.monthlyCost),
    currency,
    basis: `${before.monthlyCost.toFixed(2)} ${currency}/month now less ${after.monthlyCost.toFixed(2)} ${currency}/month proposed`,
  };
}
