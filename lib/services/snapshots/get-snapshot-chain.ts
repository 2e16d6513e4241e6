import type { Db } from "../../db/prisma";
import {
  readSnapshotChainOrThrow,
  type SnapshotChainDetail,
  type SnapshotChainParams,
} from "../../queries/snapshots/get-snapshot-chain-or-throw";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type {
  ChainSnapshotRow,
  ChainTimelinePoint,
  SnapshotChainDetail,
} from "../../queries/snapshots/get-snapshot-chain-or-throw";

export type TSnapshotChainInput = Omit<SnapshotChainParams, "teamIds">;

/** One snapshot chain; NotFound when it is not the reader's teams'. */
export function getSnapshotChainOrThrow(
  db: Db,
  { ctx, input }: ServiceCall<TSnapshotChainInput>,
): Promise<SnapshotChainDetail> {
  return readSnapshotChainOrThrow(db, { ...input, teamIds: scopedTeamIds(ctx) });
}
