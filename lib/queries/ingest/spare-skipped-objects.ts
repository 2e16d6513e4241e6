import type { KubeKind } from "../../db/generated/enums";
import { tableOf } from "./object-tables";
import type { ObservationRef, Tx } from "./write-planned-actions";

/**
 * Objects skipped as invalid were still there: mark them seen (their stored state unchanged), so
 * the deletion sweep does not take them for deleted.
 */
export async function spareSkippedObjects(
  tx: Tx,
  kind: KubeKind,
  observation: ObservationRef,
  keys: string[],
) {
  if (keys.length === 0) return;
  const { table, keyColumn } = tableOf(kind);
  await tx.$executeRawUnsafe(
    `UPDATE "${table}" SET last_seen_at = GREATEST(last_seen_at, $3)
      WHERE cluster_id = $1::uuid AND "${keyColumn}" = ANY($2::text[])`,
    observation.clusterId,
    keys,
    observation.observedAt,
  );
}
