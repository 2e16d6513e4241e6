import { Prisma } from "../../db/generated/client";

// A fleet-wide report covers every organisation's clusters, but months are closed per organisation
// (month_close): the fleet's month is closed only once each organisation with a cluster has closed
// it. Shared by the report (getMonthClose) and the list of months, so both say the same.

/** The organisations whose close the fleet's month needs: those with a cluster (all, while none has one). */
const CLOSING_ORGS = Prisma.sql`
  SELECT o.id FROM organization o
   WHERE EXISTS (SELECT 1 FROM cluster c WHERE c.org_id = o.id) OR NOT EXISTS (SELECT 1 FROM cluster)`;

/** Joins a month `m.month`'s closes by those organisations as `mc`. */
export const JOIN_CLOSES = Prisma.sql`
  LEFT JOIN month_close mc ON mc.month = m.month AND mc.org_id IN (${CLOSING_ORGS})`;

/**
 * Aggregates over one month's `mc` rows: closed when every one of those organisations closed it;
 * closed_at and closed_by are then the last close, the moment the whole fleet's month was closed
 * (null while it is not).
 */
export const FLEET_CLOSE_COLUMNS = Prisma.sql`
  count(mc.org_id) > 0 AND count(mc.org_id) = (SELECT count(*) FROM (${CLOSING_ORGS}) closing) AS closed,
  max(mc.closed_at) AS closed_at,
  (array_agg(mc.closed_by ORDER BY mc.closed_at DESC, mc.closed_by) FILTER (WHERE mc.org_id IS NOT NULL))[1]
    AS closed_by`;

export interface FleetCloseRow {
  closed: boolean;
  closed_at: Date | null;
  closed_by: string | null;
}
