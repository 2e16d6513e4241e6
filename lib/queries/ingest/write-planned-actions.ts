import type { KubeKind } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";
import { columnNames } from "../../ingest/kube/column-json";
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

const LIFECYCLE_COLUMNS = [
  "cluster_id",
  "content_hash",
  "deleted_at",
  "first_seen_at",
  "last_seen_at",
  "first_observation_id",
  "last_observation_id",
];

/**
 * INSERT … ON CONFLICT DO UPDATE for a batch, in one statement with one JSON parameter. Each row
 * is the object's column JSON (serialised once, when normalised) with the lifecycle columns spliced in.
 */
async function upsertRows(tx: Tx, kind: KubeKind, observation: ObservationRef, actions: PlannedAction[]) {
  if (actions.length === 0) return;
  const { table, keyColumn } = tableOf(kind);
  const columns = [
    ...LIFECYCLE_COLUMNS,
    ...columnNames(actions[0]?.object.fields as Record<string, unknown>),
  ];
  const list = columns.map((c) => `"${c}"`).join(", ");
  const updates = columns
    .filter((c) => !NEVER_OVERWRITTEN.has(c) || (c === "uid" && keyColumn === "name"))
    .map((c) => `"${c}" = EXCLUDED."${c}"`)
    .join(", ");
  const seen = `"${observation.observedAt.toISOString()}"`;
  const prefix = `{"cluster_id":"${observation.clusterId}","first_seen_at":${seen},"last_seen_at":${seen},"first_observation_id":"${observation.id}","last_observation_id":"${observation.id}"`;
  const rows = actions.map((a) => {
    const deletedAt = a.type === "insert" && a.deletedAt ? `"${a.deletedAt.toISOString()}"` : "null";
    return `${prefix},"content_hash":"${a.object.contentHash}","deleted_at":${deletedAt},${a.object.columnsJson.slice(1)}`;
  });
  // Objects the plan knows to be new need no conflict handling: a plain INSERT is cheaper.
  const conflict = actions.some((a) => a.type === "update")
    ? `ON CONFLICT (cluster_id, "${keyColumn}") DO UPDATE SET ${updates}`
    : "";
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list})
     SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json) ${conflict}`,
    `[${rows.join(",")}]`,
  );
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
  await upsertRows(tx, kind, observation, full);
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
