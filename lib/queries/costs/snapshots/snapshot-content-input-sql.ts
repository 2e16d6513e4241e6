import { Prisma } from "../../../db/generated/client";

/**
 * The columns of a VolumeSnapshotContent `c` as snapshot costing reads it (SnapshotContentInput),
 * so the loaders select the contents they want in SQL, with no list of keys as bind parameters.
 */
export const SNAPSHOT_CONTENT_INPUT_COLUMNS = Prisma.sql`
  c.uid, c.name, c.driver, c.deletion_policy::text AS "deletionPolicy",
  c.volume_snapshot_class_name AS "volumeSnapshotClassName", c.source_volume_handle AS "sourceVolumeHandle",
  c.source_snapshot_handle AS "sourceSnapshotHandle", c.snapshot_handle AS "snapshotHandle",
  c.snapshot_ref_namespace AS "snapshotRefNamespace", c.snapshot_ref_name AS "snapshotRefName",
  c.snapshot_ref_uid AS "snapshotRefUid", c.creation_time AS "creationTime", c.created_at AS "createdAt",
  c.deleted_at AS "deletedAt", c.restore_size_bytes AS "restoreSizeBytes", c.stored_bytes AS "storedBytes",
  c.stored_bytes_source AS "storedBytesSource", c.last_seen_at AS "storedBytesObservedAt",
  c.base_snapshot_handle AS "baseSnapshotHandle", c.storage_tier AS "storageTier"`;
