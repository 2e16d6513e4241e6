import type { ClosedMonthInWindow } from "../../costing/closed-months";
import type { CostWindow } from "../../costing/cost-window";
import type { Prisma } from "../../db/generated/client";
import { FLEET_CLOSE_COLUMNS, type FleetCloseRow, JOIN_CLOSES } from "../reports/month-close-sql";

/** Audited actions that change what a cost is priced at (catalog loads are price sources instead). */
const PRICE_CHANGE_ACTIONS = ["price_override.create", "price_override.delete", "settings.update"];

interface ClosedMonthRow extends FleetCloseRow {
  month: string;
  price_changes: number;
  last_price_change_at: Date | null;
  imports: number;
  last_import_at: Date | null;
}

/**
 * The closed months (closed for the whole fleet, as reports say) that a window touches, oldest first,
 * with the price changes (catalog sources loaded, overrides, settings) and the imports of data up to
 * the month's end that came after the close: the frozen figures do not include them.
 */
export async function listClosedMonthsInWindow(
  db: Prisma.TransactionClient,
  window: CostWindow,
): Promise<ClosedMonthInWindow[]> {
  const rows = await db.$queryRaw<ClosedMonthRow[]>`
    WITH months AS (
      SELECT generate_series(date_trunc('month', ${window.from}::date),
                             date_trunc('month', ${window.to}::date), interval '1 month')::date AS month),
    closes AS (
      SELECT m.month, ${FLEET_CLOSE_COLUMNS}
        FROM months m
        ${JOIN_CLOSES}
       GROUP BY m.month),
    price_changes AS (
      SELECT ps.retrieved_at AS at FROM price_source ps
      UNION ALL
      SELECT a.at FROM identity_audit_event a WHERE a.action = ANY(${PRICE_CHANGE_ACTIONS}::text[]))
    SELECT to_char(c.month, 'YYYY-MM') AS month, c.closed, c.closed_at, c.closed_by,
           p.changes AS price_changes, p.last_at AS last_price_change_at,
           i.imports, i.last_at AS last_import_at
      FROM closes c
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS changes, max(pc.at) AS last_at
          FROM price_changes pc WHERE pc.at > c.closed_at) p
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS imports, max(o.finished_at) AS last_at
          FROM observation o
         WHERE o.status = 'completed' AND o.finished_at > c.closed_at
           AND o.observed_at < (c.month + interval '1 month')) i
     WHERE c.closed
     ORDER BY c.month`;
  return rows.flatMap((r) =>
    r.closed_at && r.closed_by
      ? [
          {
            month: r.month,
            closedAt: r.closed_at.toISOString(),
            closedBy: r.closed_by,
            priceChangesSinceClose: r.price_changes,
            lastPriceChangeAt: r.last_price_change_at?.toISOString() ?? null,
            importsSinceClose: r.imports,
            lastImportAt: r.last_import_at?.toISOString() ?? null,
            figures: "frozen" as const,
          },
        ]
      : [],
  );
}
