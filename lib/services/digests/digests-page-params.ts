import { z } from "zod";
import { isIsoDay } from "../../costing/cost-window";

/** The Digests page's URL: the subscriptions' page, the send log's page, failures only. */
export const ZDigestsParams = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  sendsPage: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  failed: z.enum(["true"]).optional().catch(undefined),
});
export type TDigestsParams = z.infer<typeof ZDigestsParams>;

export function digestsSearch(params: TDigestsParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.page > 1) search.set("page", String(params.page));
  if (params.sendsPage > 1) search.set("sendsPage", String(params.sendsPage));
  if (params.failed) search.set("failed", "true");
  return search;
}

/** A digest preview page's URL: the period's first day, ignored when it is not a day. */
export const ZDigestPreviewPageParams = z.object({
  periodStart: z.string().refine(isIsoDay).optional().catch(undefined),
});
