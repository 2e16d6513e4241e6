import type { SnapshotChain } from "../../costing/snapshots/build-snapshot-chains";
import { bytesString, isLiveAt } from "../../costing/snapshots/chain-size-now";
import type { RetentionWhatIf } from "../../costing/snapshots/retention-what-if";
import type { SnapshotSize } from "../../costing/snapshots/snapshot-stored-bytes";
import { Dec } from "../../pricing/decimal";
import type { ChainSnapshotPrices } from "./chain-snapshot-prices";

/** Bytes and $/month of a set of snapshots; null when a size or a price is unknown. */
export interface WhatIfTotals {
  bytes: string | null;
  monthly: string | null;
}

export interface WhatIfFigures {
  before: WhatIfTotals;
  after: WhatIfTotals;
  /** before − after: what the policy really saves. */
  savings: WhatIfTotals;
  /** The removed snapshots' own sizes added up: more than the policy saves (see note). */
  naiveSavings: WhatIfTotals;
  kept: number;
  removed: number;
  /** Some of the sizes are modelled (change rate, used bytes, restoreSize): the figures are estimates. */
  estimated: boolean;
}

export interface WhatIfSnapshot {
  uid: string;
  contentName: string;
  position: number;
  takenAt: string;
  keep: boolean;
  bytesNow: string | null;
  bytesUnderPolicy: string | null;
}

const money = (value: Dec | null) => (value === null ? null : value.toDecimalPlaces(10).toFixed());
const totals = (t: RetentionWhatIf["current"]): WhatIfTotals => ({
  bytes: bytesString(t.storedBytes),
  monthly: money(t.monthlyCost),
});

/** The pure what-if of one chain as the API returns it (Decimals as exact strings). */
export function whatIfFigures(
  result: RetentionWhatIf,
  chain: SnapshotChain,
  sizes: Map<string, SnapshotSize>,
  now: Date,
): WhatIfFigures {
  const nowMs = now.getTime();
  const estimated = chain.links.some((link) => {
    if (!isLiveAt(link, nowMs) || link.duplicateOf) return false;
    const step = sizes
      .get(link.content.uid)
      ?.timeline.filter((s) => s.fromMs <= nowMs)
      .at(-1);
    return step?.estimated ?? true;
  });
  return {
    before: totals(result.current),
    after: totals(result.underPolicy),
    savings: totals(result.savings),
    naiveSavings: totals(result.naiveSavings),
    kept: result.kept.length,
    removed: result.deleted.length,
    estimated,
  };
}

export function whatIfSnapshots(result: RetentionWhatIf, chain: SnapshotChain): WhatIfSnapshot[] {
  const links = new Map(chain.links.map((l) => [l.content.uid, l]));
  return result.snapshots.map((s) => {
    const link = links.get(s.uid);
    return {
      uid: s.uid,
      contentName: link?.content.name ?? s.uid,
      position: s.position,
      takenAt: new Date(link?.createdAtMs ?? 0).toISOString(),
      keep: s.keep,
      bytesNow: s.bytesNow,
      bytesUnderPolicy: s.bytesUnderPolicy,
    };
  });
}

/** Why the figures have no $: the standard snapshot price is unknown today. */
export function priceProblem(prices: ChainSnapshotPrices): string | null {
  return prices.standard.ok ? null : prices.standard.reason;
}

export const currencyOf = (prices: ChainSnapshotPrices) =>
  prices.standard.ok ? prices.standard.currency : null;

/** Adds what-if totals; unknown parts make the sum unknown. */
export function addTotals(a: WhatIfTotals, b: WhatIfTotals): WhatIfTotals {
  const add = (x: string | null, y: string | null) =>
    x === null || y === null ? null : new Dec(x).plus(y).toFixed();
  return { bytes: add(a.bytes, b.bytes), monthly: add(a.monthly, b.monthly) };
}

export const ZERO_TOTALS: WhatIfTotals = { bytes: "0", monthly: "0" };
