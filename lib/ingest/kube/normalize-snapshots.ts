import type { VolumeSnapshotContentFields, VolumeSnapshotFields } from "./normalized-object";
import type { ObjectReader } from "./object-reader";
import type { ObjectMetadata } from "./read-metadata";

// Billed sizes are not in the Kubernetes objects (restoreSize is the source volume's size). A
// collector that learns them from the provider or from CSI changed-block tracking records them in
// these annotations on the VolumeSnapshotContent.
export const STORED_BYTES_ANNOTATION = "tierscope.io/stored-bytes";
export const STORED_BYTES_SOURCE_ANNOTATION = "tierscope.io/stored-bytes-source";
export const STORAGE_TIER_ANNOTATION = "tierscope.io/storage-tier";

export function normalizeVolumeSnapshot(r: ObjectReader, meta: ObjectMetadata): VolumeSnapshotFields {
  return {
    ...meta.common,
    namespace: meta.namespace as string,
    sourcePvcName: r.string("spec.source.persistentVolumeClaimName"),
    sourceContentName: r.string("spec.source.volumeSnapshotContentName"),
    volumeSnapshotClassName: r.string("spec.volumeSnapshotClassName"),
    boundContentName: r.string("status.boundVolumeSnapshotContentName"),
    creationTime: r.time("status.creationTime"),
    readyToUse: r.boolean("status.readyToUse"),
    restoreSizeBytes: r.bytes("status.restoreSize"),
    errorMessage: r.string("status.error.message"),
    labels: r.stringMap("metadata.labels"),
    annotations: r.stringMap("metadata.annotations"),
  };
}

export function normalizeVolumeSnapshotContent(
  r: ObjectReader,
  meta: ObjectMetadata,
): VolumeSnapshotContentFields {
  const annotations = r.stringMap("metadata.annotations");
  const storedBytes = r.bytes(
    `metadata.annotations.${STORED_BYTES_ANNOTATION}`,
    annotations[STORED_BYTES_ANNOTATION],
  );
  const tier = annotations[STORAGE_TIER_ANNOTATION];
  return {
    ...meta.common,
    driver: r.requiredString("spec.driver"),
    deletionPolicy: r.requiredOneOf("spec.deletionPolicy", ["Delete", "Retain"] as const),
    volumeSnapshotClassName: r.string("spec.volumeSnapshotClassName"),
    sourceVolumeHandle: r.string("spec.source.volumeHandle"),
    sourceSnapshotHandle: r.string("spec.source.snapshotHandle"),
    snapshotHandle: r.string("status.snapshotHandle"),
    snapshotRefNamespace: r.string("spec.volumeSnapshotRef.namespace"),
    snapshotRefName: r.string("spec.volumeSnapshotRef.name"),
    snapshotRefUid: r.string("spec.volumeSnapshotRef.uid"),
    // status.creationTime and restoreSize are integers here (nanoseconds, bytes), unlike on VolumeSnapshot.
    creationTime: r.time("status.creationTime"),
    readyToUse: r.boolean("status.readyToUse"),
    restoreSizeBytes: r.bytes("status.restoreSize"),
    storedBytes,
    storedBytesSource:
      storedBytes === null ? null : (annotations[STORED_BYTES_SOURCE_ANNOTATION] ?? "provider"),
    baseSnapshotHandle: null,
    storageTier: tier === "archive" ? "archive" : "standard",
    labels: r.stringMap("metadata.labels"),
    annotations,
  };
}
