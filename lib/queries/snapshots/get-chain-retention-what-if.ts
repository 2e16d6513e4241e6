import { retentionWhatIf, sizeSnapshotChains } from "../../costing/snapshots";
import type { RetentionPolicy } from "../../costing/snapshots/retention-what-if";
import { encodeChainKey } from "../../costing/snapshots/snapshot-chain-key";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { chainSnapshotPrices } from "./chain-snapshot-prices";
import { loadSnapshotChainsInput } from "./load-snapshot-chains-input";
import {
  currencyOf,
  priceProblem,
  type WhatIfFigures,
  type WhatIfSnapshot,
  whatIfFigures,
  whatIfSnapshots,
} from "./retention-what-if-result";
import { SnapshotChainNotFoundError } from "./snapshot-chain-not-found-error";

export interface ChainRetentionWhatIf extends WhatIfFigures {
  scope: "chain";
  clusterName: string;
  chainKey: string;
  chainId: string;
  policy: RetentionPolicy;
  asOf: string;
  currency: string | null;
  priceProblem: string | null;
  /** Every snapshot alive now, oldest first: which the policy keeps and which would go. */
  snapshots: WhatIfSnapshot[];
  note: string;
}

/**
 * One chain under a retention policy (keep the last N and/or those younger than D days), at
 * today's snapshot price: bytes and $/month now and after, and which snapshots would go. A removed
 * snapshot's blocks that later ones still need move into the next kept snapshot, so the saving is
 * below the removed snapshots' sizes added up.
 */
export async function getChainRetentionWhatIf(
  db: Db,
  params: { cluster: string; chainId: string; policy: RetentionPolicy; now: Date },
): Promise<ChainRetentionWhatIf> {
  const cluster = await getClusterByNameOrThrow(db, params.cluster);
  const input = await loadSnapshotChainsInput(db, {
    clusterId: cluster.id,
    chainIds: [params.chainId],
    now: params.now,
  });
  const { chains, sizes } = sizeSnapshotChains(input);
  const chain = chains.find((c) => c.id === params.chainId);
  if (!chain)
    throw new SnapshotChainNotFoundError(`No snapshot chain ${params.chainId} in "${params.cluster}"`);
  const prices = chainSnapshotPrices(input, chain, params.now);
  const result = retentionWhatIf({ chain, sizes, policy: params.policy, now: params.now, prices });
  if (result.snapshots.length === 0) {
    throw new SnapshotChainNotFoundError(`The snapshot chain ${params.chainId} has no snapshot alive now`);
  }
  return {
    scope: "chain",
    clusterName: cluster.name,
    chainKey: encodeChainKey(chain.id),
    chainId: chain.id,
    policy: params.policy,
    asOf: params.now.toISOString(),
    currency: currencyOf(prices),
    priceProblem: priceProblem(prices),
    ...whatIfFigures(result, chain, sizes, params.now),
    snapshots: whatIfSnapshots(result, chain),
    note: result.note,
  };
}
