import { FieldError, type ObjectReader } from "./object-reader";

export interface ObjectMetadata {
  uid: string;
  name: string;
  namespace: string | null;
  createdAt: Date;
  deletionRequestedAt: Date | null;
  /** The columns every observed kind (but Namespace) has. */
  common: { uid: string; name: string; createdAt: Date; deletionRequestedAt: Date | null };
}

/** metadata.uid, name, namespace and timestamps: required of every object Tierscope keeps. */
export function readMetadata(r: ObjectReader, namespaced: boolean): ObjectMetadata {
  const uid = r.requiredString("metadata.uid");
  if (uid.length > 128) throw new FieldError("metadata.uid", "longer than any Kubernetes uid");
  const name = r.kubeName("metadata.name") as string;
  const namespace = namespaced ? (r.kubeName("metadata.namespace") as string) : null;
  // An object's life starts at its creationTimestamp, not when an import first saw it.
  const createdAt = r.requiredTime("metadata.creationTimestamp");
  const deletionRequestedAt = r.time("metadata.deletionTimestamp");
  return {
    uid,
    name,
    namespace,
    createdAt,
    deletionRequestedAt,
    common: { uid, name, createdAt, deletionRequestedAt },
  };
}
