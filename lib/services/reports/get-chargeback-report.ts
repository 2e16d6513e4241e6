import type { WithClosedMonths } from "../../costing/closed-months";
import { monthWindow } from "../../costing/cost-window";
import type { ChargebackReport } from "../../costing/reports/chargeback-report";
import type { Db } from "../../db/prisma";
import { type ChargebackParams, readChargebackReport } from "../../queries/reports/get-chargeback-report";
import { withClosedMonths } from "../months/with-closed-months";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type TChargebackInput = Omit<ChargebackParams, "teamIds">;

/**
 * A month's chargeback of the reader's teams: its lines, totals and reconciliation hold no other
 * team's rows; with the month's close and what changed after it (closedMonths).
 */
export function getChargebackReport(
  db: Db,
  { ctx, input }: ServiceCall<TChargebackInput>,
): Promise<WithClosedMonths<ChargebackReport>> {
  const report = readChargebackReport(db, { ...input, teamIds: scopedTeamIds(ctx) });
  return withClosedMonths(db, monthWindow(input.month), report);
}
