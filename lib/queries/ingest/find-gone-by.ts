import type { KubeKind } from "../../db/generated/enums";
import type { NormalizedObject } from "../../ingest/kube/normalized-object";
import type { Tx } from "./write-planned-actions";

interface NewerCompleteRow {
  observed_at: Date;
  namespaces: string[];
}

/**
 * For an older observation imported after newer ones: the earliest newer complete observation of
 * the kind that covered an object's namespace. An object the store has never seen, but this older
 * observation has, was gone by then.
 */
export async function findGoneBy(
  tx: Tx,
  clusterId: string,
  kind: KubeKind,
  observedAt: Date,
): Promise<(object: NormalizedObject) => Date | null> {
  const rows = await tx.$queryRawUnsafe<NewerCompleteRow[]>(
    `SELECT o.observed_at, k.namespaces
       FROM observation o JOIN observation_kind k ON k.observation_id = o.id
      WHERE o.cluster_id = $1::uuid AND o.status = 'completed' AND o.observed_at > $2
        AND k.kind = $3::"KubeKind" AND k.complete
      ORDER BY o.observed_at`,
    clusterId,
    observedAt,
    kind,
  );
  if (rows.length === 0) return () => null;
  return (object) => {
    const scope = object.kind === "Namespace" ? object.name : object.namespace;
    const row = rows.find(
      (r) => r.namespaces.length === 0 || (scope !== null && r.namespaces.includes(scope)),
    );
    return row?.observed_at ?? null;
  };
}
