import type { KubeKind } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";
import type { StoredObjectState } from "../../ingest/kube/plan-object-batch";
import { tableOf } from "./object-tables";

type Tx = Pick<Db, "$queryRawUnsafe">;

interface StateRow {
  key: string;
  content_hash: string | null;
  first_seen_at: Date;
  last_seen_at: Date;
  deleted_at: Date | null;
  last_observation_id: string | null;
}

/** What the store knows of the objects of one kind with these keys (uids, or names for namespaces). */
export async function readStoredStates(
  tx: Tx,
  clusterId: string,
  kind: KubeKind,
  keys: string[],
): Promise<Map<string, StoredObjectState>> {
  const { table, keyColumn } = tableOf(kind);
  const rows = await tx.$queryRawUnsafe<StateRow[]>(
    `SELECT "${keyColumn}" AS key, content_hash, first_seen_at, last_seen_at, deleted_at, last_observation_id::text
       FROM "${table}" WHERE cluster_id = $1::uuid AND "${keyColumn}" = ANY($2::text[])`,
    clusterId,
    keys,
  );
  return new Map(
    rows.map((row) => [
      row.key,
      {
        contentHash: row.content_hash,
        firstSeenAt: row.first_seen_at,
        lastSeenAt: row.last_seen_at,
        deletedAt: row.deleted_at,
        lastObservationId: row.last_observation_id,
      },
    ]),
  );
}
