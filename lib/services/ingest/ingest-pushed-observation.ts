import { createHash } from "node:crypto";
import { clockNow } from "../../clock";
import type { KubeKind } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";
import { InvalidObjectError } from "../../ingest/kube/normalize-object";
import type { RawObject } from "../../ingest/kube/read-kube-files";
import { PushBodyError, PushTooLargeError } from "../../ingest/push/push-errors";
import { bringCostsUpToDate, type CostsBroughtUpToDate } from "../costs/bring-costs-up-to-date";
import { assertCollectorFor } from "../identity/assert-collector-for";
import type { ServiceCall } from "../service-context";
import { InvalidInputError, PayloadTooLargeError } from "../service-errors";
import { type ImportSummary, importKubeObjects, type KindOutcome } from "./import-kube-objects";

export interface PushedObservation {
  clusterName: string;
  observedAt: Date;
  kindOutcomes: Partial<Record<KubeKind, KindOutcome>>;
  /** sha256 of the uncompressed body as the collector announced it (the reader checks it). */
  contentSha256: string;
  objects: AsyncIterable<RawObject>;
  /** Who pushed, for the Imports page (the collector's token name). */
  sourceRef: string;
}

/**
 * Imports what a collector pushed, through the same import as `import kube` and `import files`
 * (one transaction: a push cut short writes nothing), then recomputes the costs it made stale.
 * The same push twice (same time, same bytes) is recognised by its hash and changes nothing.
 */
export async function ingestPushedObservation(
  db: Db,
  { ctx, input }: ServiceCall<PushedObservation>,
): Promise<ImportSummary & { costs: CostsBroughtUpToDate }> {
  assertCollectorFor(ctx, input.clusterName);
  const contentHash = createHash("sha256")
    .update(`push\0${input.observedAt.toISOString()}\0${input.contentSha256}`)
    .digest("hex");
  const outcomes = new Map(Object.entries(input.kindOutcomes) as [KubeKind, KindOutcome][]);
  let summary: ImportSummary;
  try {
    summary = await importKubeObjects(db, {
      cluster: { name: input.clusterName },
      source: "push",
      sourceRef: input.sourceRef,
      observedAt: input.observedAt,
      objects: input.objects,
      kindOutcomes: () => outcomes,
      contentHash,
      now: () => new Date(),
    });
  } catch (error) {
    if (error instanceof PushTooLargeError) throw new PayloadTooLargeError(error.message);
    if (error instanceof PushBodyError || error instanceof InvalidObjectError) {
      throw new InvalidInputError(error.message);
    }
    throw error;
  }
  // The import recorded its stale days in the cost backlog as it committed: a server stopped here
  // leaves them to the cost job.
  const costs = await bringCostsUpToDate(db, {
    ctx,
    input: { now: clockNow(), clusterId: summary.clusterId },
  });
  return { ...summary, costs };
}
