import type { Db } from "../../db/prisma";

/**
 * The cluster and namespace a recommendation's subject key names: a claim's
 * (`<cluster id>/PersistentVolumeClaim/<uid>`, its namespace looked up) or a workload's
 * (`<cluster id>/<kind>/<namespace>/<name>`). Null namespace: a claim no longer known.
 */
export async function recommendationSubjectNamespace(
  db: Db,
  subjectKey: string,
): Promise<{ clusterId: string; namespace: string | null }> {
  const [clusterId = "", kind, key = ""] = subjectKey.split("/");
  if (kind !== "PersistentVolumeClaim") return { clusterId, namespace: key };
  const claim = await db.persistentVolumeClaim.findFirst({
    where: { clusterId, uid: key },
    select: { namespace: true },
  });
  return { clusterId, namespace: claim?.namespace ?? null };
}
