import type {
  StorageClassFields,
  VolumeAttributesClassFields,
  VolumeSnapshotClassFields,
} from "./normalized-object";
import type { ObjectReader } from "./object-reader";
import type { ObjectMetadata } from "./read-metadata";

const DEFAULT_CLASS_ANNOTATIONS = [
  "storageclass.kubernetes.io/is-default-class",
  "storageclass.beta.kubernetes.io/is-default-class",
];

export function normalizeStorageClass(r: ObjectReader, meta: ObjectMetadata): StorageClassFields {
  const annotations = r.stringMap("metadata.annotations");
  return {
    ...meta.common,
    provisioner: r.requiredString("provisioner"),
    parameters: r.stringMap("parameters"),
    // A StorageClass without reclaimPolicy deletes its volumes (the API's default).
    reclaimPolicy: r.oneOf("reclaimPolicy", ["Delete", "Retain", "Recycle"] as const, "Delete"),
    volumeBindingMode: r.string("volumeBindingMode"),
    allowVolumeExpansion: r.boolean("allowVolumeExpansion"),
    isDefault: DEFAULT_CLASS_ANNOTATIONS.some((key) => annotations[key] === "true"),
    labels: r.stringMap("metadata.labels"),
    annotations,
  };
}

export function normalizeVolumeAttributesClass(
  r: ObjectReader,
  meta: ObjectMetadata,
): VolumeAttributesClassFields {
  return {
    ...meta.common,
    driverName: r.requiredString("driverName"),
    parameters: r.stringMap("parameters"),
  };
}

export function normalizeVolumeSnapshotClass(
  r: ObjectReader,
  meta: ObjectMetadata,
): VolumeSnapshotClassFields {
  return {
    ...meta.common,
    driver: r.requiredString("driver"),
    deletionPolicy: r.requiredOneOf("deletionPolicy", ["Delete", "Retain"] as const),
    parameters: r.stringMap("parameters"),
  };
}
