import { z } from "zod";
import { isIsoDay } from "../../costing/cost-window";

export const DIGEST_PAGE_SIZE = 20;

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const day = z.string().refine(isIsoDay, { message: "expected a day, YYYY-MM-DD" });

/** GET /api/v1/digests/subscriptions. */
export const ZDigestSubscriptionsQuery = z.object({ page });

/** GET /api/v1/digests/sends: the send log, all of it or only the failures. */
export const ZDigestSendsQuery = z.object({
  page,
  status: z.enum(["failed"]).optional(),
  subscription: z.uuid().optional(),
});

/** A subscription or send id in the path. */
export const ZDigestId = z.uuid({ message: "not a digest id" });

/** GET …/preview: the period (its first day; default the last complete one) and the part. */
export const ZDigestPreviewQuery = z.object({
  periodStart: day.optional(),
  format: z.enum(["json", "html", "text"]).default("json"),
});

/** POST …/send: send now, for the last complete period or the one starting on periodStart. */
export const ZDigestSendNowBody = z.object({ periodStart: day.optional() });

/** GET /api/v1/digests/sends/{id}: the stored message as JSON, or its HTML or text part alone. */
export const ZDigestSendQuery = z.object({ format: z.enum(["json", "html", "text"]).default("json") });
