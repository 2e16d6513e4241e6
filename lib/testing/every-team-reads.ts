import type { Db } from "../db/prisma";
import { type ChargebackParams, readChargebackReport } from "../queries/reports/get-chargeback-report";
import { type NamespaceCostsParams, readNamespaceCosts } from "../queries/showback/get-namespace-costs";
import { readShowback, type ShowbackParams } from "../queries/showback/get-showback";
import { readTeamCosts, type TeamCostsParams } from "../queries/showback/get-team-costs";
import {
  readVolumeDetailOrThrow,
  type VolumeDetailParams,
} from "../queries/showback/get-volume-detail-or-throw";
import { type CostFactsParams, readCostFacts } from "../queries/showback/list-cost-facts";
import { readVolumes, type VolumesParams } from "../queries/showback/list-volumes";

// The showback reads as a reader of every team makes them: what the tests of their figures call.
// The tests of team scope call the services with a scoped context instead.

type Unscoped<P> = Omit<P, "teamIds">;

export const getShowback = (db: Db, params: Unscoped<ShowbackParams>) =>
  readShowback(db, { ...params, teamIds: null });
export const listCostFacts = (db: Db, params: Unscoped<CostFactsParams>) =>
  readCostFacts(db, { ...params, teamIds: null });
export const getNamespaceCosts = (db: Db, params: Unscoped<NamespaceCostsParams>) =>
  readNamespaceCosts(db, { ...params, teamIds: null });
export const getTeamCosts = (db: Db, params: Unscoped<TeamCostsParams>) =>
  readTeamCosts(db, { ...params, teamIds: null });
export const listVolumes = (db: Db, params: Unscoped<VolumesParams>) =>
  readVolumes(db, { ...params, teamIds: null });
export const getVolumeDetailOrThrow = (db: Db, params: Unscoped<VolumeDetailParams>) =>
  readVolumeDetailOrThrow(db, { ...params, teamIds: null });
export const getChargebackReport = (db: Db, params: Unscoped<ChargebackParams>) =>
  readChargebackReport(db, { ...params, teamIds: null });
