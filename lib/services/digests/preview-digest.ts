import { isPeriodStart, lastCompletePeriod, periodStartingOn } from "../../costing/digests/digest-period";
import { type RenderedDigest, renderDigest } from "../../costing/digests/render-digest";
import type { Db } from "../../db/prisma";
import { DigestInputError, DigestNotFoundError } from "../../queries/digests/digest-errors";
import { buildDigest, type DigestLinks } from "./build-digest";

export type DigestPreview = RenderedDigest & { period: { start: string; end: string }; recipients: string[] };

/** A subscription's digest as it would be sent now, for the last complete period or a given one. */
export async function previewDigest(
  db: Db,
  input: { subscriptionId: string; now: Date; periodStart?: string } & DigestLinks,
): Promise<DigestPreview> {
  const subscription = await db.digestSubscription.findUnique({ where: { id: input.subscriptionId } });
  if (!subscription) throw new DigestNotFoundError(`No digest subscription "${input.subscriptionId}"`);
  if (input.periodStart && !isPeriodStart(subscription.cadence, input.periodStart)) {
    const expected = subscription.cadence === "weekly" ? "a Monday" : "the 1st of a month";
    throw new DigestInputError(
      `periodStart: ${input.periodStart} is not ${expected} (a ${subscription.cadence} period's first day)`,
    );
  }
  const period = input.periodStart
    ? periodStartingOn(subscription.cadence, input.periodStart, subscription.timeZone)
    : lastCompletePeriod(subscription.cadence, subscription.timeZone, input.now);
  const { content, recipients } = await buildDigest(db, { ...input, period });
  return { ...renderDigest(content), period: { start: period.start, end: period.end }, recipients };
}
