import type { KubeKind } from "../../db/generated/enums";
import { tableOf } from "./object-tables";
import type { ObservationRef, Tx } from "./write-planned-actions";

/**
 * After a complete observation of a kind: every object of that kind (in the namespaces it covered)
 * that it did not see, and no newer observation saw, is gone. It is dated at its deletionTimestamp
 * when an earlier observation caught it terminating, otherwise at this observation's time.
 * Returns how many objects were marked deleted.
 */
export async function sweepDeletedObjects(
  tx: Tx,
  kind: KubeKind,
  observation: ObservationRef,
  namespaces: string[],
): Promise<number> {
  const { table, hasDeletionRequested } = tableOf(kind);
  const deletedAt = hasDeletionRequested ? "COALESCE(deletion_requested_at, $2)" : "$2";
  const scoped =
    namespaces.length > 0 ? `AND "${kind === "Namespace" ? "name" : "namespace"}" = ANY($3::text[])` : "";
  const count = await tx.$executeRawUnsafe(
    `UPDATE "${table}" SET deleted_at = LEAST(${deletedAt}, $2)
      WHERE cluster_id = $1::uuid AND deleted_at IS NULL AND last_seen_at < $2 ${scoped}`,
    observation.clusterId,
    observation.observedAt,
    ...(namespaces.length > 0 ? [namespaces] : []),
  );
  if (kind === "PersistentVolume" && count > 0) {
    await tx.$executeRawUnsafe(
      `UPDATE persistent_volume_revision r SET valid_to = pv.deleted_at
         FROM persistent_volume pv
        WHERE pv.cluster_id = $1::uuid AND r.cluster_id = pv.cluster_id AND r.uid = pv.uid
          AND r.valid_to IS NULL AND pv.deleted_at IS NOT NULL`,
      observation.clusterId,
    );
  }
  return count;
}
