import type { ChargebackReport } from "../../costing/reports/chargeback-report";
import type { Db } from "../../db/prisma";
import { type ChargebackParams, readChargebackReport } from "../../queries/reports/get-chargeback-report";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type TChargebackInput = Omit<ChargebackParams, "teamIds">;

/** A month's chargeback of the reader's teams: its lines, totals and reconciliation hold no other team's rows. */
export function getChargebackReport(
  db: Db,
  { ctx, input }: ServiceCall<TChargebackInput>,
): Promise<ChargebackReport> {
  return readChargebackReport(db, { ...input, teamIds: scopedTeamIds(ctx) });
}
