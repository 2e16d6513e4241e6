import { monthWindow } from "../../costing/cost-window";
import {
  buildChargebackReport,
  type ChargebackLine,
  type ChargebackReport,
  type ReportGrouping,
} from "../../costing/reports/chargeback-report";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { ownedByTeams, type TeamIds } from "../scope/team-scope-sql";
import { rollupsIn } from "../showback/rollups-sql";
import { selectCurrency } from "../showback/select-currency";
import { groupSql, money, NO_COST_CENTRE_KEY, NO_TEAM_KEY, runsReaching } from "../showback/showback-sql";
import { getMonthClose } from "./get-month-close";
import { MonthNotClosedError } from "./month-not-closed-error";

export interface ChargebackParams {
  month: string;
  by: ReportGrouping;
  currency?: string;
  /** Report an open month anyway, labelled preliminary. */
  preliminary: boolean;
  now: Date;
  /** The teams whose rows the report holds (scopedTeamIds): null for every team. */
  teamIds: TeamIds;
}

interface LineRow {
  key: string;
  name: string;
  cluster: string;
  namespace: string | null;
  allocation: "allocated" | "unallocated";
  snapshot: boolean;
  likely_owner_team: string | null;
  total: Prisma.Decimal | null;
  estimated: Prisma.Decimal | null;
  unpriced_resource_days: bigint;
}

/** A report reads several queries in one transaction: long enough for a large fleet's month. */
const READ_TIMEOUT_MS = 10 * 60_000;

/**
 * The chargeback of a closed month (or, asked for, a preliminary one of an open month), grouped by
 * team or cost centre exactly as Showback groups them (the same SQL over the same rollups), with each owner's namespaces,
 * volumes and snapshots apart, and unallocated costs by likely owner.
 */
export async function readChargebackReport(db: Db, params: ChargebackParams): Promise<ChargebackReport> {
  const window = monthWindow(params.month);
  const group = groupSql(params.by);
  const owned = ownedByTeams(params.teamIds);
  // The lines (rollups) and the fleet total they are reconciled against (facts), with the close and
  // the currencies, are read in one REPEATABLE READ transaction: one snapshot of the database. Read
  // apart, a recomputation committing in between (an open month's facts and rollups are rewritten
  // together) would make the two disagree, and the report say it does not reconcile.
  const { close, currency, currencies, rows, fleet } = await db.$transaction(
    async (tx) => {
      const close = await getMonthClose(tx, params.month);
      if (!close && !params.preliminary) throw new MonthNotClosedError(params.month);
      const { currency, currencies } = await selectCurrency(
        tx,
        { rollups: { window, where: owned } },
        params.currency,
      );
      const rows = await tx.$queryRaw<LineRow[]>`
        SELECT ${group.key} AS key, max(${group.name}) AS name, c.name AS cluster,
               CASE WHEN cf.allocation = 'unallocated' THEN cf.likely_owner_namespace ELSE cf.namespace END AS namespace,
               cf.allocation::text AS allocation,
               cf.resource_kind = 'VolumeSnapshotContent' AS snapshot,
               max(lt.name) AS likely_owner_team,
               sum(cf.cost) AS total,
               sum(cf.estimated_cost) AS estimated,
               sum(cf.unpriced_resource_days) AS unpriced_resource_days
        ${rollupsIn(window)}
        LEFT JOIN namespace lns
          ON cf.allocation = 'unallocated' AND lns.cluster_id = cf.cluster_id AND lns.name = cf.likely_owner_namespace
        LEFT JOIN team lt ON lt.id = lns.team_id
         WHERE cf.currency = ${currency} AND ${owned}
         GROUP BY 1, 3, 4, 5, 6`;
      // The reference the parts must add up to: every fact of the month in the currency, read from
      // the facts themselves rather than the rollups the lines come from (a run's day cost times its
      // days in the month).
      const fleet = await tx.$queryRaw<{ total: Prisma.Decimal | null }[]>`
        SELECT sum(cf.cost * (least(cf.last_day, ${window.to}::date) - greatest(cf.first_day, ${window.from}::date) + 1)) AS total
          FROM cost_fact cf WHERE ${runsReaching("cf", window)} AND cf.currency = ${currency} AND ${owned}`;
      return { close, currency, currencies, rows, fleet };
    },
    {
      isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
      maxWait: 60_000,
      timeout: READ_TIMEOUT_MS,
    },
  );
  const lines: ChargebackLine[] = rows.map((r) => ({
    allocation: r.allocation,
    groupKey: r.key,
    groupName: r.name,
    groupKind: r.key === NO_TEAM_KEY || r.key === NO_COST_CENTRE_KEY ? "unassigned" : "group",
    clusterName: r.cluster,
    namespace: r.namespace,
    likelyOwnerTeam: r.likely_owner_team,
    kind: r.snapshot ? "snapshots" : "volumes",
    cost: money(r.total),
    estimated: money(r.estimated),
    unpricedResourceDays: Number(r.unpriced_resource_days),
  }));
  return buildChargebackReport({
    month: params.month,
    by: params.by,
    currency,
    close: close ? { closedAt: close.closedAt.toISOString(), closedBy: close.closedBy } : null,
    generatedAt: params.now.toISOString(),
    lines,
    fleetTotal: money(fleet[0]?.total),
    otherCurrencies: currencies
      .filter((c) => c.currency !== currency)
      .map((c) => ({ currency: c.currency, total: c.total })),
  });
}
