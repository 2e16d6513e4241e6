import type { Prisma } from "../../db/generated/client";
import type { KubeKind } from "../../db/generated/enums";

/** Columns an import fills in itself: which cluster, and what each observation saw. */
type Lifecycle =
  | "clusterId"
  | "firstSeenAt"
  | "lastSeenAt"
  | "firstObservationId"
  | "lastObservationId"
  | "deletedAt"
  | "contentHash";

export type NamespaceFields = Omit<Prisma.NamespaceCreateManyInput, Lifecycle | "teamId" | "teamSource">;
export type StorageClassFields = Omit<Prisma.StorageClassCreateManyInput, Lifecycle>;
export type VolumeAttributesClassFields = Omit<Prisma.VolumeAttributesClassCreateManyInput, Lifecycle>;
export type PersistentVolumeFields = Omit<Prisma.PersistentVolumeCreateManyInput, Lifecycle>;
export type PersistentVolumeClaimFields = Omit<Prisma.PersistentVolumeClaimCreateManyInput, Lifecycle>;
export type VolumeSnapshotClassFields = Omit<Prisma.VolumeSnapshotClassCreateManyInput, Lifecycle>;
export type VolumeSnapshotFields = Omit<Prisma.VolumeSnapshotCreateManyInput, Lifecycle>;
export type VolumeSnapshotContentFields = Omit<Prisma.VolumeSnapshotContentCreateManyInput, Lifecycle>;
export type NodeFields = Omit<Prisma.NodeCreateManyInput, Lifecycle>;
export type PodFields = Omit<Prisma.PodCreateManyInput, Lifecycle>;
export type PodVolumeFields = Omit<Prisma.PodVolumeCreateManyInput, "clusterId" | "podUid">;

export type KindFields =
  | NamespaceFields
  | StorageClassFields
  | VolumeAttributesClassFields
  | PersistentVolumeFields
  | PersistentVolumeClaimFields
  | VolumeSnapshotClassFields
  | VolumeSnapshotFields
  | VolumeSnapshotContentFields
  | NodeFields
  | PodFields;

/** One Kubernetes object, decoded, checked and reduced to the columns Tierscope keeps. */
export interface NormalizedObject {
  kind: KubeKind;
  /** What identifies it in its table: the uid, or the name for a Namespace (the unit of allocation). */
  key: string;
  uid: string;
  name: string;
  namespace: string | null;
  createdAt: Date;
  deletionRequestedAt: Date | null;
  fields: KindFields;
  /** The fields as the JSON text written to the database (see column-json.ts). */
  columnsJson: string;
  /** A pod's volumes, stored beside it. */
  podVolumes?: PodVolumeFields[];
  /** sha256 of the fields (and pod volumes): equal hashes mean nothing changed. */
  contentHash: string;
}
