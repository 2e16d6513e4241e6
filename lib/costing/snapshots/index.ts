import type { IsoDay } from "../../pricing/types";
import type { DayCostFact } from "../cost-fact";
import { daysBetween } from "../day-window";
import { buildSnapshotChains, type SnapshotChain } from "./build-snapshot-chains";
import { snapshotDayCosts } from "./snapshot-day-costs";
import { type SnapshotSize, snapshotStoredBytes } from "./snapshot-stored-bytes";
import type { SnapshotCostingInput } from "./types";
import { indexUsedBytes } from "./used-bytes-at";

export { buildSnapshotChains, type SnapshotChain, type SnapshotChainLink } from "./build-snapshot-chains";
export {
  changeRateFor,
  DEFAULT_CHANGE_RATE,
  parseChangeRateSettings,
  SNAPSHOT_CHANGE_RATES_KEY,
  type TSnapshotChangeRates,
  ZSnapshotChangeRates,
} from "./change-rate";
export { type RetentionPolicy, type RetentionWhatIf, retentionWhatIf } from "./retention-what-if";
export { snapshotDayCosts } from "./snapshot-day-costs";
export { bytesAt, type SnapshotSize, snapshotStoredBytes } from "./snapshot-stored-bytes";
export type { SnapshotCostingInput } from "./types";

/** The cluster's chains and every snapshot's billed size over time: the model behind the facts. */
export function sizeSnapshotChains(input: SnapshotCostingInput): {
  chains: SnapshotChain[];
  sizes: Map<string, SnapshotSize>;
} {
  const chains = buildSnapshotChains(input);
  const usedBytes = indexUsedBytes(input.usedBytesSamples);
  const sizes = new Map<string, SnapshotSize>();
  for (const chain of chains) {
    for (const [uid, size] of snapshotStoredBytes(chain, { usedBytes, changeRates: input.changeRates })) {
      sizes.set(uid, size);
    }
  }
  return { chains, sizes };
}

/**
 * Every VolumeSnapshotContent's cost facts for each UTC day in [from, to] (ISO days, inclusive).
 * Pure: the compute service loads the input (loadSnapshotCostingInput), calls this and stores the
 * facts with writeCostFacts(tx, { clusterId, resourceKind: "VolumeSnapshotContent", from, to, … }).
 * `now` limits today's facts to the hours so far.
 */
export function computeSnapshotDayFacts(
  input: SnapshotCostingInput,
  window: { from: IsoDay; to: IsoDay; now?: Date },
): DayCostFact[] {
  const { chains, sizes } = sizeSnapshotChains(input);
  const pricing = {
    catalog: input.catalog,
    overrides: input.overrides,
    exchangeRates: input.exchangeRates,
    displayCurrency: input.displayCurrency,
  };
  return daysBetween(window.from, window.to).flatMap((day) =>
    snapshotDayCosts({
      chains,
      sizes,
      day,
      clusterId: input.clusterId,
      provider: input.provider,
      region: input.region,
      storageClasses: input.storageClasses,
      pricing,
      now: window.now,
    }),
  );
}
