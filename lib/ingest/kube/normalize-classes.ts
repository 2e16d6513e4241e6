import type {
  StorageClassFields,
  VolumeAttributesClassFields,
  VolumeSnapshotClassFields,
} from "./normalized-object";
import type { ObjectReader } from "./object-reader";
import { checkPerformanceParameters } from "./performance-parameters";
import type { ObjectMetadata } from "./read-metadata";

const DEFAULT_CLASS_ANNOTATIONS = [
  "storageclass.kubernetes.io/is-default-class",
  "storageclass.beta.kubernetes.io/is-default-class",
];

export function normalizeStorageClass(r: ObjectReader, meta: ObjectMetadata): StorageClassFields {
  const annotations = r.stringMap("metadata.annotations");
  const parameters = r.stringMap("parameters");
  checkPerformanceParameters("parameters", parameters);
  return {
    ...meta.common,
    provisioner: r.requiredString("provisioner"),
    parameters,
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
  const parameters = r.stringMap("parameters");
  checkPerformanceParameters("parameters", parameters);
  return {
    ...meta.common,
    driverName: r.requiredString("driverName"),
    parameters,
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
