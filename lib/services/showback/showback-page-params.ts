import { z } from "zod";
import type { TShowbackInput } from "@/lib/services/showback/get-showback";
import { SHOWBACK_GROUPINGS } from "@/lib/services/showback/showback-params";
import { resolveWindow, ZWindowSearchParams } from "@/lib/services/showback/window-page-params";

export const SHOWBACK_PAGE_SIZE = 25;

/** The Showback page's URL: window, grouping, cluster filter, page; anything malformed falls back. */
export const ZShowbackSearchParams = ZWindowSearchParams.extend({
  by: z.enum(SHOWBACK_GROUPINGS).catch("namespace").default("namespace"),
  cluster: z.string().trim().min(1).max(253).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TShowbackSearchParams = z.infer<typeof ZShowbackSearchParams>;

/** What the page asks the query for: the same object on the server (prefetch) and in the browser. */
export function showbackQuery(params: TShowbackSearchParams, today: string): TShowbackInput {
  const query: TShowbackInput = {
    ...resolveWindow(params, today),
    by: params.by,
    page: params.page,
    pageSize: SHOWBACK_PAGE_SIZE,
  };
  if (params.cluster) query.cluster = params.cluster;
  if (params.currency) query.currency = params.currency;
  return query;
}
