import type { PersistentVolumeClaimFields } from "./normalized-object";
import type { ObjectReader } from "./object-reader";
import type { ObjectMetadata } from "./read-metadata";

export function normalizePersistentVolumeClaim(
  r: ObjectReader,
  meta: ObjectMetadata,
): PersistentVolumeClaimFields {
  const owner = r.controller();
  const dataSourceKind = r.string("spec.dataSourceRef.kind") ?? r.string("spec.dataSource.kind");
  const dataSourceName = r.string("spec.dataSourceRef.name") ?? r.string("spec.dataSource.name");
  return {
    ...meta.common,
    namespace: meta.namespace as string,
    storageClassName: r.string("spec.storageClassName"),
    // What the volume has now, once a modification finished; the requested class until then.
    volumeAttributesClassName:
      r.string("status.currentVolumeAttributesClassName") ?? r.string("spec.volumeAttributesClassName"),
    requestedBytes: r.requiredBytes("spec.resources.requests.storage"),
    capacityBytes: r.bytes("status.capacity.storage"),
    accessModes: r.strings("spec.accessModes"),
    phase: r.oneOf("status.phase", ["Pending", "Bound", "Lost"] as const, "Pending") as
      | "Pending"
      | "Bound"
      | "Lost",
    volumeName: r.string("spec.volumeName"),
    dataSourceKind,
    dataSourceName,
    ownerKind: owner?.kind ?? null,
    ownerName: owner?.name ?? null,
    labels: r.stringMap("metadata.labels"),
    annotations: r.stringMap("metadata.annotations"),
  };
}
