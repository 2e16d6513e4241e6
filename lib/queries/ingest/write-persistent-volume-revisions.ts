import type { PersistentVolumeFields } from "../../ingest/kube/normalized-object";
import { jsonRows, toRowJson } from "./object-tables";
import type { ObservationRef, Tx } from "./write-planned-actions";

export interface VolumeRevisionInput {
  uid: string;
  fields: PersistentVolumeFields;
  inserted: boolean;
  deletedAt: Date | null;
}

// The attributes whose change costs money: size, phase, class, performance class and owner.
const REVISED = [
  "capacityBytes",
  "phase",
  "storageClassName",
  "volumeAttributesClassName",
  "claimNamespace",
  "claimName",
  "claimUid",
] as const;

interface OpenRevisionRow {
  uid: string;
  capacity_bytes: bigint;
  phase: string;
  storage_class_name: string | null;
  volume_attributes_class_name: string | null;
  claim_namespace: string | null;
  claim_name: string | null;
  claim_uid: string | null;
}

function revisedOf(fields: PersistentVolumeFields) {
  return Object.fromEntries(REVISED.map((key) => [key, fields[key] ?? null]));
}

function sameAsOpen(fields: PersistentVolumeFields, open: OpenRevisionRow): boolean {
  return (
    BigInt(fields.capacityBytes as bigint) === BigInt(open.capacity_bytes) &&
    fields.phase === open.phase &&
    (fields.storageClassName ?? null) === open.storage_class_name &&
    (fields.volumeAttributesClassName ?? null) === open.volume_attributes_class_name &&
    (fields.claimNamespace ?? null) === open.claim_namespace &&
    (fields.claimName ?? null) === open.claim_name &&
    (fields.claimUid ?? null) === open.claim_uid
  );
}

/**
 * Keeps each PersistentVolume's cost-relevant history: a new volume's first revision starts at its
 * creationTimestamp (it was that size since it was made, as far as anyone knows); a change seen by
 * a newer observation closes the open revision and opens one at that observation's time. A change
 * is dated at the first observation that saw it: the nearest we know.
 */
export async function writePersistentVolumeRevisions(
  tx: Tx,
  observation: ObservationRef,
  volumes: VolumeRevisionInput[],
) {
  if (volumes.length === 0) return;
  const updated = volumes.filter((v) => !v.inserted).map((v) => v.uid);
  const open = new Map<string, OpenRevisionRow>();
  if (updated.length > 0) {
    const rows = await tx.$queryRawUnsafe<OpenRevisionRow[]>(
      `SELECT uid, capacity_bytes, phase::text AS phase, storage_class_name, volume_attributes_class_name,
              claim_namespace, claim_name, claim_uid
         FROM persistent_volume_revision
        WHERE cluster_id = $1::uuid AND uid = ANY($2::text[]) AND valid_to IS NULL`,
      observation.clusterId,
      updated,
    );
    for (const row of rows) open.set(row.uid, row);
  }
  const changed = volumes.filter(
    (v) => !v.inserted && !(open.has(v.uid) && sameAsOpen(v.fields, open.get(v.uid) as OpenRevisionRow)),
  );
  if (changed.length > 0) {
    await tx.$executeRawUnsafe(
      `UPDATE persistent_volume_revision SET valid_to = $3
        WHERE cluster_id = $1::uuid AND uid = ANY($2::text[]) AND valid_to IS NULL`,
      observation.clusterId,
      changed.map((v) => v.uid),
      observation.observedAt,
    );
  }
  const rows = [...volumes.filter((v) => v.inserted), ...changed].map((v) =>
    toRowJson({
      clusterId: observation.clusterId,
      uid: v.uid,
      validFrom: v.inserted ? v.fields.createdAt : observation.observedAt,
      validTo: v.deletedAt,
      ...revisedOf(v.fields),
      observationId: observation.id,
    }),
  );
  if (rows.length === 0) return;
  const list = Object.keys(rows[0] as Record<string, unknown>)
    .map((c) => `"${c}"`)
    .join(", ");
  // A PV recreated by the same observation time cannot produce two revisions with one start.
  await tx.$executeRawUnsafe(
    `INSERT INTO persistent_volume_revision (${list})
     SELECT ${list} FROM json_populate_recordset(NULL::persistent_volume_revision, $1::json)
     ON CONFLICT DO NOTHING`,
    jsonRows(rows),
  );
}
