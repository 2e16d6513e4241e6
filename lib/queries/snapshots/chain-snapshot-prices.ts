import { isoDayOf } from "../../costing/day-window";
import type { SnapshotChain } from "../../costing/snapshots/build-snapshot-chains";
import { priceSnapshot, type SnapshotPrice } from "../../costing/snapshots/price-snapshot";
import { snapshotProductOf } from "../../costing/snapshots/snapshot-product";
import type { SnapshotCostingInput } from "../../costing/snapshots/types";

export interface ChainSnapshotPrices {
  standard: SnapshotPrice;
  archive: SnapshotPrice;
}

/**
 * Today's standard and archive snapshot prices of a chain: the snapshot product of its source
 * volume's class (else of its CSI driver), as the cost facts price it, in the display currency.
 */
export function chainSnapshotPrices(
  input: SnapshotCostingInput,
  chain: SnapshotChain,
  now: Date,
): ChainSnapshotPrices {
  const driver = chain.links[0]?.content.driver ?? "";
  const product = snapshotProductOf(
    chain,
    driver,
    { provider: input.provider, region: input.region },
    input.storageClasses,
  );
  const pricing = {
    catalog: input.catalog,
    overrides: input.overrides,
    exchangeRates: input.exchangeRates,
    displayCurrency: input.displayCurrency,
  };
  const price = (component: "snapshot_standard" | "snapshot_archive") =>
    priceSnapshot({
      product,
      component,
      clusterId: input.clusterId,
      storageClassName: chain.storageClassName,
      day: isoDayOf(now),
      pricing,
    });
  return { standard: price("snapshot_standard"), archive: price("snapshot_archive") };
}
