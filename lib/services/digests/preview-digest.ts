import { type RenderedDigest, renderDigest } from "../../costing/digests/render-digest";
import type { Db } from "../../db/prisma";
import { DigestNotFoundError } from "../../queries/digests/digest-errors";
import { buildDigest, type DigestLinks } from "./build-digest";
import { requestedDigestPeriod } from "./requested-digest-period";

export type DigestPreview = RenderedDigest & { period: { start: string; end: string }; recipients: string[] };

/** A subscription's digest as it would be sent now, for the last complete period or a given one. */
export async function previewDigest(
  db: Db,
  input: { subscriptionId: string; now: Date; periodStart?: string } & DigestLinks,
): Promise<DigestPreview> {
  const subscription = await db.digestSubscription.findUnique({ where: { id: input.subscriptionId } });
  if (!subscription) throw new DigestNotFoundError(`No digest subscription "${input.subscriptionId}"`);
  const period = requestedDigestPeriod(subscription, input);
  const { content, recipients } = await buildDigest(db, { ...input, period });
  return { ...renderDigest(content), period: { start: period.start, end: period.end }, recipients };
}
