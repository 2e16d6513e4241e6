import { z } from "zod";
import { resolveWindow, ZWindowSearchParams } from "./window-page-params";

export const OWNER_PAGE_SIZE = 10;

/** A namespace or team page's URL: the window and the page of its volume list. */
export const ZOwnerSearchParams = ZWindowSearchParams.extend({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TOwnerSearchParams = z.infer<typeof ZOwnerSearchParams>;

export function ownerQuery(params: TOwnerSearchParams, today: string) {
  const query: { from: string; to: string; page: number; pageSize: number; currency?: string } = {
    ...resolveWindow(params, today),
    page: params.page,
    pageSize: OWNER_PAGE_SIZE,
  };
  if (params.currency) query.currency = params.currency;
  return query;
}
