import { createHash } from "node:crypto";
import type { KubeKind } from "../../db/generated/enums";
import {
  DEFAULT_NAMESPACE_LABEL_RULES,
  type NamespaceLabelRules,
} from "../../settings/namespace-label-rules";
import { columnJson } from "./column-json";
import { type KindInfo, kindOf } from "./kube-kinds";
import {
  normalizeStorageClass,
  normalizeVolumeAttributesClass,
  normalizeVolumeSnapshotClass,
} from "./normalize-classes";
import { normalizeNamespace } from "./normalize-namespace";
import { normalizeNode } from "./normalize-node";
import { normalizePersistentVolume } from "./normalize-persistent-volume";
import { normalizePersistentVolumeClaim } from "./normalize-persistent-volume-claim";
import { normalizePod } from "./normalize-pod";
import { normalizeVolumeSnapshot, normalizeVolumeSnapshotContent } from "./normalize-snapshots";
import type { KindFields, NormalizedObject, PodVolumeFields } from "./normalized-object";
import { asObject, FieldError, ObjectReader } from "./object-reader";
import { type ObjectMetadata, readMetadata } from "./read-metadata";

/** An object Tierscope cannot keep, and why: names where it is, what it is, and which field. */
export class InvalidObjectError extends Error {
  override name = "InvalidObjectError";
  constructor(
    readonly position: string,
    readonly kind: string | null,
    readonly objectName: string | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    const what = kind ? `${kind}${objectName ? ` "${objectName}"` : ""}` : "object";
    super(`${position}: ${what}: ${field ? `${field}: ` : ""}${problem}`);
  }
}

/** Kinds Tierscope does not keep (Deployments, Secrets, ...): recognised and skipped, not an error. */
export class UnobservedKind {
  constructor(readonly kind: string) {}
}

const NORMALIZERS: Record<
  KubeKind,
  (r: ObjectReader, meta: ObjectMetadata, rules: NamespaceLabelRules) => KindFields
> = {
  Namespace: normalizeNamespace,
  StorageClass: normalizeStorageClass,
  VolumeAttributesClass: normalizeVolumeAttributesClass,
  PersistentVolume: normalizePersistentVolume,
  PersistentVolumeClaim: normalizePersistentVolumeClaim,
  VolumeSnapshotClass: normalizeVolumeSnapshotClass,
  VolumeSnapshot: normalizeVolumeSnapshot,
  VolumeSnapshotContent: normalizeVolumeSnapshotContent,
  Node: normalizeNode,
  Pod: (r, meta) => normalizePod(r, meta).fields,
};

/** The hash of an object's columns (keys in the normaliser's order; maps are sorted there) and pod volumes. */
export function contentHashOf(columnsJson: string, podVolumes?: PodVolumeFields[]): string {
  const hash = createHash("sha256").update(columnsJson);
  if (podVolumes) for (const volume of podVolumes) hash.update(columnJson(volume));
  return hash.digest("hex");
}

/**
 * Decodes one Kubernetes object (as kubectl prints it, or as @kubernetes/client-node returns it)
 * into the columns Tierscope keeps. `listKind` names the List it came from, for items without a kind;
 * `rules` name the labels a namespace's cost centre is read from (Settings).
 */
export function normalizeObject(
  value: unknown,
  position: string,
  listKind?: string,
  rules: NamespaceLabelRules = DEFAULT_NAMESPACE_LABEL_RULES,
): NormalizedObject | UnobservedKind {
  const object = asObject(value);
  if (!object) throw new InvalidObjectError(position, null, null, null, "not an object");
  const declared = object.kind;
  const info: KindInfo | null = kindOf(declared, listKind);
  if (!info) {
    if (typeof declared === "string" || listKind) return new UnobservedKind(String(declared ?? listKind));
    throw new InvalidObjectError(position, null, null, "kind", "is missing");
  }
  const reader = new ObjectReader(object);
  const name =
    typeof asObject(object.metadata)?.name === "string" ? (asObject(object.metadata)?.name as string) : null;
  try {
    const meta = readMetadata(reader, info.namespaced);
    let fields: KindFields;
    let podVolumes: PodVolumeFields[] | undefined;
    if (info.kind === "Pod") {
      const pod = normalizePod(reader, meta);
      fields = pod.fields;
      podVolumes = pod.volumes;
    } else {
      fields = NORMALIZERS[info.kind](reader, meta, rules);
    }
    const columnsJson = columnJson(fields as Record<string, unknown>);
    return {
      kind: info.kind,
      key: info.kind === "Namespace" ? meta.name : meta.uid,
      uid: meta.uid,
      name: meta.name,
      namespace: meta.namespace,
      createdAt: meta.createdAt,
      deletionRequestedAt: meta.deletionRequestedAt,
      fields,
      columnsJson,
      podVolumes,
      contentHash: contentHashOf(columnsJson, podVolumes),
    };
  } catch (error) {
    if (error instanceof FieldError) {
      throw new InvalidObjectError(
        position,
        info.kind,
        name?.slice(0, 80) ?? null,
        error.field,
        error.problem,
      );
    }
    throw error;
  }
}
