import type { SnapshotCostingInput } from "../../costing/snapshots/types";
import type { Db } from "../../db/prisma";
import { completeSnapshotCostingInput } from "../costs/snapshots/load-snapshot-costing-input";
import { splitChainIds } from "./snapshot-chain-key";

/**
 * The costing input of a few chains of one cluster (a page of the chains list, or one chain):
 * every snapshot of those chains taken by `now` (deleted ones too: a deleted snapshot's blocks moved
 * to the next one), their VolumeSnapshots, source PV, PVC and StorageClass, the used-bytes samples
 * and the change-rate setting, read the way loadSnapshotCostingInput reads a whole cluster, so the
 * same pure model (sizeSnapshotChains) gives the same sizes as the cost facts; but only for the
 * chains asked for, so a page costs the same however many snapshots the cluster holds.
 */
export async function loadSnapshotChainsInput(
  db: Db,
  { clusterId, chainIds, now }: { clusterId: string; chainIds: string[]; now: Date },
): Promise<SnapshotCostingInput> {
  const cluster = await db.cluster.findUniqueOrThrow({ where: { id: clusterId } });
  const { handles, contentUids } = splitChainIds(chainIds);
  const rows = await db.volumeSnapshotContent.findMany({
    where: {
      clusterId,
      OR: [{ sourceVolumeHandle: { in: handles } }, { uid: { in: contentUids }, sourceVolumeHandle: null }],
      AND: [{ OR: [{ createdAt: { lte: now } }, { creationTime: { lte: now } }] }],
    },
  });
  return completeSnapshotCostingInput(db, cluster, rows);
}
