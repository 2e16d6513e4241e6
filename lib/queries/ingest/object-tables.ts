import type { KubeKind } from "../../db/generated/enums";
import { snakeCase } from "../../ingest/kube/column-json";
import { kindInfo } from "../../ingest/kube/kube-kinds";

/** The table of a kind, and the column that identifies an object in it (beside cluster_id). */
export function tableOf(kind: KubeKind): {
  table: string;
  keyColumn: "uid" | "name";
  hasDeletionRequested: boolean;
} {
  const { table } = kindInfo(kind);
  return kind === "Namespace"
    ? { table, keyColumn: "name", hasDeletionRequested: false }
    : { table, keyColumn: "uid", hasDeletionRequested: true };
}

/** A row for json_populate_recordset: snake_case keys, bigint as text, dates as ISO text. */
export function toRowJson(values: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    row[snakeCase(key)] =
      typeof value === "bigint" ? value.toString() : value instanceof Date ? value.toISOString() : value;
  }
  return row;
}

export function jsonRows(rows: Record<string, unknown>[]): string {
  return JSON.stringify(rows);
}
