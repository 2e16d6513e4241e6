import { retentionWhatIf, sizeSnapshotChains } from "../../costing/snapshots";
import type { RetentionPolicy } from "../../costing/snapshots/retention-what-if";
import { encodeChainKey } from "../../costing/snapshots/snapshot-chain-key";
import type { Db } from "../../db/prisma";
import { Dec } from "../../pricing/decimal";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { chainSnapshotPrices } from "./chain-snapshot-prices";
import { loadSnapshotChainsInput } from "./load-snapshot-chains-input";
import { type WhatIfFigures, type WhatIfTotals, whatIfFigures } from "./retention-what-if-result";

export const WHAT_IF_CHAINS_PAGE_SIZE = 25;

export interface ClusterWhatIfChain extends WhatIfFigures {
  chainKey: string;
  chainId: string;
  claimNamespace: string | null;
  claimName: string | null;
  volumeHandle: string | null;
  priceProblem: string | null;
}

export interface ClusterRetentionWhatIf {
  scope: "cluster";
  clusterName: string;
  policy: RetentionPolicy;
  asOf: string;
  /** The display currency every chain is priced in. */
  currency: string;
  /** Sums over every chain whose figure is known; the chains left out are counted below. */
  before: WhatIfTotals;
  after: WhatIfTotals;
  savings: WhatIfTotals;
  naiveSavings: WhatIfTotals;
  kept: number;
  removed: number;
  estimated: boolean;
  /** Chains with no $ figure (no price for their snapshot product today, or an unknown size). */
  unpricedChains: number;
  /** Chains with a snapshot whose size is unknown, left out of the byte sums. */
  unsizedChains: number;
  /** Chains with a snapshot alive now, largest saving first, one page at a time. */
  chains: ClusterWhatIfChain[];
  total: number;
  page: number;
  pageSize: number;
  note: string;
}

const sumOf = (values: (string | null)[]) =>
  values.reduce((sum, v) => (v === null ? sum : sum.plus(v)), new Dec(0)).toFixed();

/**
 * Every chain of a cluster that has a snapshot alive now, under one retention policy: the totals
 * before and after, and each chain's share, largest saving first.
 */
export async function getClusterRetentionWhatIf(
  db: Db,
  params: { cluster: string; policy: RetentionPolicy; page: number; now: Date },
): Promise<ClusterRetentionWhatIf> {
  const cluster = await getClusterByNameOrThrow(db, params.cluster);
  const live = await db.$queryRaw<{ chain_id: string }[]>`
    SELECT DISTINCT CASE WHEN source_volume_handle IS NULL THEN 'content:' || uid
                         ELSE 'volume:' || source_volume_handle END AS chain_id
      FROM volume_snapshot_content
     WHERE cluster_id = ${cluster.id}::uuid
       AND coalesce(creation_time, created_at) <= ${params.now}
       AND (deleted_at IS NULL OR deleted_at > ${params.now})`;
  const input = await loadSnapshotChainsInput(db, {
    clusterId: cluster.id,
    chainIds: live.map((r) => r.chain_id),
    now: params.now,
  });
  const { chains, sizes } = sizeSnapshotChains(input);
  const rows: ClusterWhatIfChain[] = [];
  let note = "";
  for (const chain of chains) {
    const prices = chainSnapshotPrices(input, chain, params.now);
    const result = retentionWhatIf({ chain, sizes, policy: params.policy, now: params.now, prices });
    if (result.snapshots.length === 0) continue;
    note = result.note;
    rows.push({
      chainKey: encodeChainKey(chain.id),
      chainId: chain.id,
      claimNamespace: chain.claim?.namespace ?? null,
      claimName: chain.claim?.name ?? null,
      volumeHandle: chain.sourceVolumeHandle,
      priceProblem: prices.standard.ok ? null : prices.standard.reason,
      ...whatIfFigures(result, chain, sizes, params.now),
    });
  }
  const saving = (r: ClusterWhatIfChain) => (r.savings.monthly === null ? null : new Dec(r.savings.monthly));
  rows.sort((a, b) => {
    const [x, y] = [saving(a), saving(b)];
    if (x === null || y === null) return x === y ? a.chainId.localeCompare(b.chainId) : x === null ? 1 : -1;
    return (
      y.comparedTo(x) ||
      Number(b.savings.bytes ?? 0) - Number(a.savings.bytes ?? 0) ||
      a.chainId.localeCompare(b.chainId)
    );
  });
  const priced = rows.filter((r) => r.before.monthly !== null && r.after.monthly !== null);
  const sized = rows.filter((r) => r.before.bytes !== null && r.after.bytes !== null);
  const total = (pick: (r: ClusterWhatIfChain) => WhatIfTotals): WhatIfTotals => ({
    bytes: sumOf(sized.map((r) => pick(r).bytes)),
    monthly: sumOf(priced.map((r) => pick(r).monthly)),
  });
  const offset = (params.page - 1) * WHAT_IF_CHAINS_PAGE_SIZE;
  return {
    scope: "cluster",
    clusterName: cluster.name,
    policy: params.policy,
    asOf: params.now.toISOString(),
    currency: input.displayCurrency,
    before: total((r) => r.before),
    after: total((r) => r.after),
    savings: total((r) => r.savings),
    naiveSavings: total((r) => r.naiveSavings),
    kept: rows.reduce((n, r) => n + r.kept, 0),
    removed: rows.reduce((n, r) => n + r.removed, 0),
    estimated: rows.some((r) => r.estimated),
    unpricedChains: rows.length - priced.length,
    unsizedChains: rows.length - sized.length,
    chains: rows.slice(offset, offset + WHAT_IF_CHAINS_PAGE_SIZE),
    total: rows.length,
    page: params.page,
    pageSize: WHAT_IF_CHAINS_PAGE_SIZE,
    note,
  };
}
