import { splitChainIds } from "../../costing/snapshots/snapshot-chain-key";
import type { SnapshotContentInput, SnapshotCostingInput } from "../../costing/snapshots/types";
import type { Db } from "../../db/prisma";
import { completeSnapshotCostingInput } from "../costs/snapshots/load-snapshot-costing-input";
import { SNAPSHOT_CONTENT_INPUT_COLUMNS } from "../costs/snapshots/snapshot-content-input-sql";

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
  // Each list as one array parameter: the what-if of a whole cluster asks for every live chain.
  const contents = await db.$queryRaw<SnapshotContentInput[]>`
    SELECT ${SNAPSHOT_CONTENT_INPUT_COLUMNS}
      FROM volume_snapshot_content c
     WHERE c.cluster_id = ${clusterId}::uuid
       AND (c.source_volume_handle = ANY(${handles}::text[])
            OR (c.uid = ANY(${contentUids}::text[]) AND c.source_volume_handle IS NULL))
       AND (c.created_at <= ${now} OR c.creation_time <= ${now})`;
  return completeSnapshotCostingInput(db, cluster, contents);
}
