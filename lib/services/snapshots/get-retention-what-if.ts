import type { RetentionPolicy } from "../../costing/snapshots/retention-what-if";
import type { Db } from "../../db/prisma";
import { getChainRetentionWhatIf } from "../../queries/snapshots/get-chain-retention-what-if";
import { getClusterRetentionWhatIf } from "../../queries/snapshots/get-cluster-retention-what-if";
import { type ServiceCall, scopedTeamIds } from "../service-context";
import { ForbiddenError } from "../service-errors";
import { getSnapshotChainOrThrow } from "./get-snapshot-chain";

export type { ChainRetentionWhatIf } from "../../queries/snapshots/get-chain-retention-what-if";
export type {
  ClusterRetentionWhatIf,
  ClusterWhatIfChain,
} from "../../queries/snapshots/get-cluster-retention-what-if";

import { clusterFilterInput } from "../cluster-filter-input";

export type { WhatIfFigures } from "../../queries/snapshots/retention-what-if-result";

export interface TRetentionWhatIfInput {
  cluster: string;
  /** One chain's what-if; without it, every chain of the cluster. */
  chain?: string;
  policy: RetentionPolicy;
  page: number;
  now: Date;
}

/**
 * What a retention policy would save. One chain: only a chain the reader may see (NotFound
 * otherwise, checked as the chain page checks it). A whole cluster covers every team's chains, so
 * only a reader of every team may ask for it.
 */
export async function getRetentionWhatIf(db: Db, { ctx, input }: ServiceCall<TRetentionWhatIfInput>) {
  const { cluster, chain, policy, page, now } = input;
  if (chain) {
    await clusterFilterInput(
      getSnapshotChainOrThrow(db, { ctx, input: { cluster, chainId: chain, page: 1, now } }),
    );
    return clusterFilterInput(getChainRetentionWhatIf(db, { cluster, chainId: chain, policy, now }));
  }
  if (scopedTeamIds(ctx) !== null) {
    throw new ForbiddenError("A cluster's retention what-if covers every team's chains: ask for one chain");
  }
  return clusterFilterInput(getClusterRetentionWhatIf(db, { cluster, policy, page, now }));
}
