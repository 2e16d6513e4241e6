import { type RenderedDigest, renderDigest } from "../../costing/digests/render-digest";
import type { Db } from "../../db/prisma";
import { DigestNotFoundError } from "../../queries/digests/digest-errors";
import type { ServiceCall } from "../service-context";
import { buildDigest, type DigestLinks } from "./build-digest";
import { assertDigestSubscriptionInScope } from "./digest-scope";
import { requestedDigestPeriod } from "./requested-digest-period";

export type DigestPreview = RenderedDigest & { period: { start: string; end: string }; recipients: string[] };

export type TPreviewDigestInput = { subscriptionId: string; now: Date; periodStart?: string } & DigestLinks;

/**
 * A subscription's digest as it would be sent now, for the last complete period or a given one.
 * Another team's subscription reads as a missing one (404).
 */
export async function previewDigest(
  db: Db,
  { ctx, input }: ServiceCall<TPreviewDigestInput>,
): Promise<DigestPreview> {
  await assertDigestSubscriptionInScope(db, ctx, input.subscriptionId);
  const subscription = await db.digestSubscription.findUnique({ where: { id: input.subscriptionId } });
  if (!subscription) throw new DigestNotFoundError(`No digest subscription "${input.subscriptionId}"`);
  const period = requestedDigestPeriod(subscription, input);
  const { content, recipients } = await buildDigest(db, { ...input, period });
  return { ...renderDigest(content), period: { start: period.start, end: period.end }, recipients };
}
