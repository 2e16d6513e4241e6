import type { KubeKind } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";
import type { PersistentVolumeFields } from "../../ingest/kube/normalized-object";
import type { PlannedAction } from "../../ingest/kube/plan-object-batch";
import { jsonRows, tableOf, toRowJson } from "./object-tables";
import { writePersistentVolumeRevisions } from "./write-persistent-volume-revisions";

export type Tx = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

export interface ObservationRef {
  id: string;
  clusterId: string;
  observedAt: Date;
}

const NEVER_OVERWRITTEN = new Set(["cluster_id", "uid", "name", "first_seen_at", "first_observation_id"]);

/** INSERT … ON CONFLICT DO UPDATE for a batch of rows, in one statement, from one JSON parameter. */
async function upsertRows(tx: Tx, kind: KubeKind, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const { table, keyColumn } = tableOf(kind);
  const columns = Object.keys(rows[0] as Record<string, unknown>);
  const list = columns.map((c) => `"${c}"`).join(", ");
  const updates = columns
    .filter((c) => !NEVER_OVERWRITTEN.has(c) || (c === "uid" && keyColumn === "name"))
    .map((c) => `"${c}" = EXCLUDED."${c}"`)
    .join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list})
     SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)
     ON CONFLICT (cluster_id, "${keyColumn}") DO UPDATE SET ${updates}`,
    jsonRows(rows),
  );
}

function rowOf(action: PlannedAction, observation: ObservationRef): Record<string, unknown> {
  const { object } = action;
  const { deletionRequestedAt: _ignored, ...withoutDeletion } = object.fields as Record<string, unknown>;
  const fields = tableOf(object.kind).hasDeletionRequested ? object.fields : withoutDeletion;
  return toRowJson({
    clusterId: observation.clusterId,
    ...fields,
    contentHash: object.contentHash,
    deletedAt: action.type === "insert" ? action.deletedAt : null,
    firstSeenAt: observation.observedAt,
    lastSeenAt: observation.observedAt,
    firstObservationId: observation.id,
    lastObservationId: observation.id,
  });
}

async function setSeen(
  tx: Tx,
  kind: KubeKind,
  observation: ObservationRef,
  keys: string[],
  which: "first" | "last",
) {
  if (keys.length === 0) return;
  const { table, keyColumn } = tableOf(kind);
  const condition = which === "first" ? "first_seen_at > $3" : "last_seen_at < $3";
  await tx.$executeRawUnsafe(
    `UPDATE "${table}" SET ${which}_seen_at = $3, ${which}_observation_id = $4::uuid
      WHERE cluster_id = $1::uuid AND "${keyColumn}" = ANY($2::text[]) AND ${condition}`,
    observation.clusterId,
    keys,
    observation.observedAt,
    observation.id,
  );
}

async function replacePodVolumes(tx: Tx, observation: ObservationRef, actions: PlannedAction[]) {
  const pods = actions.filter((a) => a.object.kind === "Pod" && (a.type === "insert" || a.type === "update"));
  if (pods.length === 0) return;
  await tx.$executeRawUnsafe(
    "DELETE FROM pod_volume WHERE cluster_id = $1::uuid AND pod_uid = ANY($2::text[])",
    observation.clusterId,
    pods.map((a) => a.object.uid),
  );
  const rows = pods.flatMap((a) =>
    (a.object.podVolumes ?? []).map((v) =>
      toRowJson({ clusterId: observation.clusterId, podUid: a.object.uid, ...v }),
    ),
  );
  if (rows.length === 0) return;
  const list = Object.keys(rows[0] as Record<string, unknown>)
    .map((c) => `"${c}"`)
    .join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO pod_volume (${list}) SELECT ${list} FROM json_populate_recordset(NULL::pod_volume, $1::json)`,
    jsonRows(rows),
  );
}

/** Carries out one batch's plan for one kind: rows, pod volumes and PersistentVolume history. */
export async function writePlannedActions(
  tx: Tx,
  kind: KubeKind,
  observation: ObservationRef,
  actions: PlannedAction[],
) {
  const full = actions.filter((a) => a.type === "insert" || a.type === "update");
  await upsertRows(
    tx,
    kind,
    full.map((a) => rowOf(a, observation)),
  );
  // After the rows: a revision refers to its volume.
  if (kind === "PersistentVolume") {
    await writePersistentVolumeRevisions(
      tx,
      observation,
      full.map((a) => ({
        uid: a.object.uid,
        fields: a.object.fields as PersistentVolumeFields,
        inserted: a.type === "insert",
        deletedAt: a.type === "insert" ? a.deletedAt : null,
      })),
    );
  }
  await setSeen(
    tx,
    kind,
    observation,
    actions.filter((a) => a.type === "touch").map((a) => a.object.key),
    "last",
  );
  await setSeen(
    tx,
    kind,
    observation,
    actions.filter((a) => a.type === "extend-first-seen").map((a) => a.object.key),
    "first",
  );
  await replacePodVolumes(tx, observation, actions);
}
