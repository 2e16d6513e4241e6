import { z } from "zod";
import { RECOMMENDATION_RULES } from "../../costing/recommendations/recommendation-rules";
import { ZDismissRecommendation } from "../../queries/recommendations/dismiss-recommendation";

export const RECOMMENDATIONS_PAGE_SIZE = 25;
export const DISMISSALS_PAGE_SIZE = 25;

const ZName = z.string().trim().min(1).max(253);
const ZPage = z.coerce.number().int().min(1).max(100_000).default(1);

/** GET /api/v1/recommendations: strict, so a typo (`?clustr=x`) is a 422 and not a silent "all". */
export const ZRecommendationsQuery = z.strictObject({
  cluster: ZName.optional(),
  rule: z.enum(RECOMMENDATION_RULES).optional(),
  page: ZPage,
  includeDismissed: z.enum(["true", "false"]).optional(),
});
export type TRecommendationsQuery = z.infer<typeof ZRecommendationsQuery>;

export const ZDismissalsQuery = z.strictObject({ page: ZPage });

/** Move some of a cluster's volumes (PersistentVolume names) to one of its StorageClasses. */
export const ZMoveWhatIf = z.object({
  kind: z.literal("move"),
  cluster: ZName,
  volumes: z.array(ZName).min(1, "name at least one volume").max(1000),
  storageClass: ZName,
});

/** Apply a snapshot retention policy to every chain of a cluster. */
export const ZRetentionWhatIf = z
  .object({
    kind: z.literal("retention"),
    cluster: ZName,
    keepLast: z.number().int().min(1).max(100_000).optional(),
    keepYoungerThanDays: z.number().int().min(1).max(36_500).optional(),
  })
  .refine((p) => p.keepLast !== undefined || p.keepYoungerThanDays !== undefined, {
    message: "give keepLast, keepYoungerThanDays or both",
    path: ["keepLast"],
  });

/** POST /api/v1/recommendations/what-if: computed, never written. */
export const ZWhatIfRequest = z.union([ZMoveWhatIf, ZRetentionWhatIf]);
export type TWhatIfRequest = z.infer<typeof ZWhatIfRequest>;

/**
 * POST /api/v1/recommendations/dismissals: which recommendation, and why. Who dismissed it is the
 * signed-in actor, never a field of the request.
 */
export const ZDismissBody = ZDismissRecommendation.omit({ dismissedBy: true });
