import { formatBytes } from "../../format";
import { type PricedVolume, priceVolume } from "../../pricing/price-volume";
import { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import type { Resolution } from "../../pricing/resolve/types";
import { isoDay, type WasteContext } from "./context";
import { costMakeUp } from "./cost-make-up";
import type { WasteCost } from "./finding";
import type { WasteInventory } from "./inventory";

/** The price-relevant facts of a volume: a PV's, or a claim's when its PV is not known. */
export interface VolumeShape {
  storageClassName: string | null;
  volumeAttributesClassName: string | null;
  capacityBytes: bigint;
  csiDriver?: string | null;
  region?: string | null;
  zone?: string | null;
  volumeAttributes?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface VolumePrice {
  resolution: Resolution;
  priced: PricedVolume;
  cost: WasteCost;
}

/** What the StorageClass (and VolumeAttributesClass) of a volume resolve to, in price terms. */
export function resolveVolume(inventory: WasteInventory, volume: VolumeShape): Resolution {
  const sc = inventory.storageClasses.find((c) => c.name === volume.storageClassName);
  const vac = inventory.volumeAttributesClasses.find((c) => c.name === volume.volumeAttributesClassName);
  return resolveStorage({
    storageClass: sc ? { name: sc.name, provisioner: sc.provisioner, parameters: sc.parameters } : null,
    volumeAttributesClass: vac ?? null,
    volume: {
      capacityBytes: volume.capacityBytes,
      region: volume.region,
      zone: volume.zone,
      csiDriver: volume.csiDriver,
      volumeAttributes: volume.volumeAttributes,
      annotations: volume.annotations,
    },
    cluster: { provider: inventory.cluster.provider, region: inventory.cluster.region },
  });
}

/**
 * A volume's monthly list price today (capacity × current price, plus provisioned performance),
 * through the same pricing as the Pricing page. Usage-billed storage priced at its capacity is an
 * estimate, and says so; a volume with no known price is unpriced, never $0.
 */
export function priceVolumeMonthly(
  inventory: WasteInventory,
  context: WasteContext,
  volume: VolumeShape,
): VolumePrice {
  const resolution = resolveVolume(inventory, volume);
  const { pricing } = context;
  const priced = priceVolume({
    resolution,
    storageClassName: volume.storageClassName,
    clusterId: inventory.cluster.id,
    capacityBytes: volume.capacityBytes,
    day: isoDay(context.now),
    catalog: pricing.catalog,
    overrides: pricing.overrides,
    displayCurrency: pricing.displayCurrency,
    exchangeRates: pricing.exchangeRates,
  });
  return { resolution, priced, cost: volumeCost(priced, volume.capacityBytes) };
}

export function volumeCost(priced: PricedVolume, capacityBytes: bigint): WasteCost {
  const size = `${formatBytes(capacityBytes)} ${priced.label}`;
  const basis =
    priced.status === "priced"
      ? `${size} at list price${makeUp(priced)}`
      : priced.status === "included"
        ? `${size}: ${priced.reason ?? "no separate charge"}`
        : `${size}: ${priced.reason ?? priced.status}`;
  return { status: priced.status, monthlyCost: priced.monthlyCost, currency: priced.currency, basis };
}

function makeUp(priced: PricedVolume): string {
  const words = costMakeUp(priced);
  return words === null ? "" : `: ${words}`;
}
