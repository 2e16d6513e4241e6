import type { Db } from "../../db/prisma";
import {
  type ReportMonth,
  listReportMonths as readReportMonths,
} from "../../queries/reports/list-report-months";
import type { ServiceCall } from "../service-context";

export type { ReportMonth } from "../../queries/reports/list-report-months";

/** The months a chargeback can be asked for, with their close: the calendar, not any team's data. */
export function listReportMonths(db: Db, _call: ServiceCall<Record<string, never>>): Promise<ReportMonth[]> {
  return readReportMonths(db);
}
