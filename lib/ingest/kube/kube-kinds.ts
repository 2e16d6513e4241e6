import type { KubeKind } from "../../db/generated/enums";

export interface KindInfo {
  kind: KubeKind;
  /** API group and version, as `apiVersion` spells it. */
  apiVersion: string;
  namespaced: boolean;
  /** The database table that keeps this kind. */
  table: string;
}

// Every kind Tierscope observes, in the order an import applies them (owners before owned).
export const KINDS: readonly KindInfo[] = [
  { kind: "Namespace", apiVersion: "v1", namespaced: false, table: "namespace" },
  { kind: "StorageClass", apiVersion: "storage.k8s.io/v1", namespaced: false, table: "storage_class" },
  {
    kind: "VolumeAttributesClass",
    apiVersion: "storage.k8s.io/v1",
    namespaced: false,
    table: "volume_attributes_class",
  },
  { kind: "PersistentVolume", apiVersion: "v1", namespaced: false, table: "persistent_volume" },
  { kind: "PersistentVolumeClaim", apiVersion: "v1", namespaced: true, table: "persistent_volume_claim" },
  {
    kind: "VolumeSnapshotClass",
    apiVersion: "snapshot.storage.k8s.io/v1",
    namespaced: false,
    table: "volume_snapshot_class",
  },
  {
    kind: "VolumeSnapshot",
    apiVersion: "snapshot.storage.k8s.io/v1",
    namespaced: true,
    table: "volume_snapshot",
  },
  {
    kind: "VolumeSnapshotContent",
    apiVersion: "snapshot.storage.k8s.io/v1",
    namespaced: false,
    table: "volume_snapshot_content",
  },
  { kind: "Node", apiVersion: "v1", namespaced: false, table: "node" },
  { kind: "Pod", apiVersion: "v1", namespaced: true, table: "pod" },
];

const BY_KIND = new Map(KINDS.map((info) => [info.kind as string, info]));

/** The kind an object declares, or the one its List implies (PersistentVolumeList -> PersistentVolume). */
export function kindOf(declared: unknown, listKind: string | undefined): KindInfo | null {
  const name =
    typeof declared === "string" ? declared : listKind?.endsWith("List") ? listKind.slice(0, -4) : undefined;
  return name ? (BY_KIND.get(name) ?? null) : null;
}

export function kindInfo(kind: KubeKind): KindInfo {
  return BY_KIND.get(kind) as KindInfo;
}
