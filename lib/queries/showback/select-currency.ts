import type { CostWindow } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import { DISPLAY_CURRENCY_KEY } from "../pricing/get-pricing-context";
import { rollupsIn } from "./rollups-sql";
import { factsFrom, money } from "./showback-sql";

export interface CurrencyTotal {
  currency: string;
  total: string;
  factCount: number;
}

export interface CurrencyChoice {
  /** The one currency every amount of the result is in. */
  currency: string;
  /** Every currency the scope's facts are in, with its own total: amounts in two currencies are never added. */
  currencies: CurrencyTotal[];
}

/**
 * Facts keep the currency they were priced in. A result shows one currency at a time: the one asked
 * for, else the one most of the scope's facts are in (ties: alphabetical), else the display
 * currency. The other currencies are listed with their own totals, so nothing is hidden or summed.
 */
export async function selectCurrency(
  /** The client, or a transaction that must read the currencies in the same snapshot as its totals. */
  db: Prisma.TransactionClient,
  /**
   * Conditions on `cf`: a single-resource scope reads the facts (of the runs reaching `window`),
   * anything else the rollups of a window (the window is not in `where`: see rollupsIn).
   */
  scope: { facts: Prisma.Sql; window: CostWindow } | { rollups: { window: CostWindow; where: Prisma.Sql } },
  requested?: string,
): Promise<CurrencyChoice> {
  const [from, where, factCount] =
    "facts" in scope
      ? [factsFrom(scope.window), scope.facts, Prisma.sql`count(*)`]
      : [rollupsIn(scope.rollups.window), scope.rollups.where, Prisma.sql`sum(cf.fact_count)`];
  const rows = await db.$queryRaw<{ currency: string; total: Prisma.Decimal | null; fact_count: bigint }[]>`
    SELECT cf.currency::text AS currency, sum(cf.cost) AS total, ${factCount} AS fact_count
    ${from}
     WHERE ${where}
     GROUP BY cf.currency
     ORDER BY 3 DESC, cf.currency`;
  const currencies = rows.map((r) => ({
    currency: r.currency.trim(),
    total: money(r.total),
    factCount: Number(r.fact_count),
  }));
  let currency = requested ?? currencies[0]?.currency;
  if (!currency) {
    const setting = await db.setting.findUnique({ where: { key: DISPLAY_CURRENCY_KEY } });
    currency = typeof setting?.value === "string" ? setting.value : "USD";
  }
  return { currency, currencies };
}
