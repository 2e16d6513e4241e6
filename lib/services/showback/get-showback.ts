import type { WithClosedMonths } from "../../costing/closed-months";
import type { Db } from "../../db/prisma";
import { readShowback, type ShowbackParams, type ShowbackResult } from "../../queries/showback/get-showback";
import { withClosedMonths } from "../months/with-closed-months";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { ShowbackGroup, ShowbackResult } from "../../queries/showback/get-showback";
export type { CurrencyTotal } from "../../queries/showback/select-currency";

/** What a reader asks of showback; the teams they may see come from their context. */
export type TShowbackInput = Omit<ShowbackParams, "teamIds">;

/**
 * Showback over the reader's teams: groups, totals and trend hold no other team's rows; with the
 * closed months the window includes.
 */
export function getShowback(
  db: Db,
  { ctx, input }: ServiceCall<TShowbackInput>,
): Promise<WithClosedMonths<ShowbackResult>> {
  return withClosedMonths(db, input, readShowback(db, { ...input, teamIds: scopedTeamIds(ctx) }));
}
