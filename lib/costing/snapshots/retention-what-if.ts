import { Dec, ZERO } from "../../pricing/decimal";
import { bytesToQuantity } from "../../pricing/units";
import { MS_PER_DAY } from "../day-window";
import type { SnapshotChain, SnapshotChainLink } from "./build-snapshot-chains";
import type { SnapshotPrice } from "./price-snapshot";
import { bytesAt, type SnapshotSize } from "./snapshot-stored-bytes";

/**
 * Keep the newest `keepLast` snapshots and/or those younger than `keepYoungerThanDays`. With both,
 * a snapshot either rule keeps is kept (the union: never deletes more than one rule alone would).
 * With neither, everything is kept.
 */
export interface RetentionPolicy {
  keepLast?: number;
  keepYoungerThanDays?: number;
}

/** The policy a request names: only the limits it sets (none keeps every snapshot). */
export function policyOf(input: { keepLast?: number; keepYoungerThanDays?: number }): RetentionPolicy {
  return {
    ...(input.keepLast !== undefined ? { keepLast: input.keepLast } : {}),
    ...(input.keepYoungerThanDays !== undefined ? { keepYoungerThanDays: input.keepYoungerThanDays } : {}),
  };
}

export interface ChainTotals {
  storedBytes: Dec | null;
  /** Per month at today's prices, in the price's currency; null when a size or price is unknown. */
  monthlyCost: Dec | null;
}

export interface RetentionWhatIf {
  chainId: string;
  kept: string[];
  deleted: string[];
  current: ChainTotals;
  underPolicy: ChainTotals;
  /** current − underPolicy: what the policy really saves. */
  savings: ChainTotals;
  /** The deleted snapshots' own sizes added up: what a naive estimate would promise. */
  naiveSavings: ChainTotals;
  snapshots: {
    uid: string;
    position: number;
    tier: string;
    keep: boolean;
    bytesNow: string | null;
    bytesUnderPolicy: string | null;
  }[];
  note: string;
}

const MERGE_NOTE =
  "Deleting a snapshot frees only the blocks no later snapshot needs: the provider moves the rest into the oldest snapshot kept after it (EBS, GCE PD and Azure incremental snapshots all work this way), capped at a full copy of the volume. So the savings are smaller than the deleted snapshots' sizes added up.";

function monthlyOf(bytes: Dec | null, price: SnapshotPrice | undefined): Dec | null {
  if (bytes === null) return null;
  if (bytes.isZero()) return ZERO;
  if (!price?.ok) return null;
  return price.monthly(bytesToQuantity(bytes, price.unit));
}

const add = (a: Dec | null, b: Dec | null) => (a === null || b === null ? null : a.plus(b));
const minus = (a: Dec | null, b: Dec | null) => (a === null || b === null ? null : a.minus(b));

/** Which snapshots a policy keeps, oldest first. */
function keepFlags(links: SnapshotChainLink[], policy: RetentionPolicy, nowMs: number): boolean[] {
  const none = policy.keepLast === undefined && policy.keepYoungerThanDays === undefined;
  return links.map((link, i) => {
    if (none) return true;
    const lastN = policy.keepLast !== undefined && i >= links.length - policy.keepLast;
    const young =
      policy.keepYoungerThanDays !== undefined &&
      nowMs - link.createdAtMs < policy.keepYoungerThanDays * MS_PER_DAY;
    return lastN || young;
  });
}

/**
 * A chain's stored bytes and monthly cost now, and under a retention policy. Deleted standard
 * snapshots hand their bytes to the next kept one (at most its full size); a deleted archived
 * snapshot is a full copy of its own and frees all of it. Early-deletion charges of archived
 * snapshots are one-off and not in the monthly figures.
 */
export function retentionWhatIf(input: {
  chain: SnapshotChain;
  sizes: Map<string, SnapshotSize>;
  policy: RetentionPolicy;
  now: Date;
  prices: { standard?: SnapshotPrice; archive?: SnapshotPrice };
}): RetentionWhatIf {
  const nowMs = input.now.getTime();
  const live = input.chain.links.filter(
    (l) =>
      !l.duplicateOf &&
      l.createdAtMs <= nowMs &&
      (l.content.deletedAt === null || l.content.deletedAt.getTime() > nowMs),
  );
  const keep = keepFlags(live, input.policy, nowMs);
  const rows = live.map((link, i) => {
    const size = input.sizes.get(link.content.uid) as SnapshotSize;
    return { link, size, keep: keep[i] as boolean, now: bytesAt(size, nowMs), after: ZERO as Dec | null };
  });
  let pending: Dec | null = ZERO;
  for (const row of rows) {
    if (row.size.tier === "archive") {
      row.after = row.keep ? row.now : ZERO;
    } else if (!row.keep) {
      pending = add(pending, row.now);
      row.after = ZERO;
    } else {
      const merged = add(row.now, pending);
      row.after =
        merged && row.size.fullBytes && !pending?.isZero() ? Dec.min(merged, row.size.fullBytes) : merged;
      pending = ZERO;
    }
  }
  const price = (row: (typeof rows)[number]) =>
    row.size.tier === "archive" ? input.prices.archive : input.prices.standard;
  const totals = (pick: (row: (typeof rows)[number]) => Dec | null, only = rows): ChainTotals => ({
    storedBytes: only.reduce<Dec | null>((sum, row) => add(sum, pick(row)), ZERO),
    monthlyCost: only.reduce<Dec | null>((sum, row) => add(sum, monthlyOf(pick(row), price(row))), ZERO),
  });
  const current = totals((row) => row.now);
  const underPolicy = totals((row) => row.after);
  return {
    chainId: input.chain.id,
    kept: rows.filter((r) => r.keep).map((r) => r.link.content.uid),
    deleted: rows.filter((r) => !r.keep).map((r) => r.link.content.uid),
    current,
    underPolicy,
    savings: {
      storedBytes: minus(current.storedBytes, underPolicy.storedBytes),
      monthlyCost: minus(current.monthlyCost, underPolicy.monthlyCost),
    },
    naiveSavings: totals(
      (row) => row.now,
      rows.filter((r) => !r.keep),
    ),
    snapshots: rows.map((r) => ({
      uid: r.link.content.uid,
      position: r.link.position,
      tier: r.size.tier,
      keep: r.keep,
      bytesNow: r.now?.toFixed(0) ?? null,
      bytesUnderPolicy: r.after?.toFixed(0) ?? null,
    })),
    note: MERGE_NOTE,
  };
}
