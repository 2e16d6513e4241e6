import type { Db } from "../../db/prisma";
import {
  readSnapshotChains,
  type SnapshotChainsParams,
  type SnapshotChainsResult,
} from "../../queries/snapshots/list-snapshot-chains";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type {
  ChainFlags,
  SnapshotChainListItem,
  SnapshotChainsResult,
} from "../../queries/snapshots/list-snapshot-chains";

import { clusterFilterInput } from "../cluster-filter-input";

export type TSnapshotChainsInput = Omit<SnapshotChainsParams, "teamIds">;

/** The snapshot chains of the reader's teams, with totals over those only. */
export function listSnapshotChains(
  db: Db,
  { ctx, input }: ServiceCall<TSnapshotChainsInput>,
): Promise<SnapshotChainsResult> {
  return clusterFilterInput(readSnapshotChains(db, { ...input, teamIds: scopedTeamIds(ctx) }));
}
