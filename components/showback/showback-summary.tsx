import Link from "next/link";
import { formatMoney } from "@/lib/format-money";
import type { ShowbackResult } from "@/lib/services/showback/get-showback";
import { CostFigureLink } from "./cost-figure-link";
import { factsHref } from "./cost-links";
import { CostTile } from "./cost-tile";
import { formatChange, formatPercent, formatWindow } from "./format-cost";
import { MoneyLink } from "./money-link";

/** The window's headline figures; each links to the facts it is the sum of. */
export function ShowbackSummary({
  result,
  window,
}: {
  result: ShowbackResult;
  window: Record<string, string>;
}) {
  const t = result.totals;
  const { currency } = result;
  const facts = (extra: Record<string, string> = {}) =>
    factsHref(window, { cluster: result.clusterName, ...extra });
  return (
    <section className="grid grid-cols-2 gap-4 lg:grid-cols-5" aria-label="Totals">
      <CostTile label="Total" testId="showback-total" note={`${result.window.days} days`}>
        <CostFigureLink
          figure={t}
          currency={currency}
          href={facts()}
          unpricedHref={facts({ status: "unpriced" })}
        />
      </CostTile>
      <CostTile
        label="Unallocated"
        testId="showback-unallocated"
        note={
          <Link href="#unallocated" className="hover:underline">
            no owner now: see likely owners
          </Link>
        }
      >
        <MoneyLink amount={t.unallocated} currency={currency} href={facts({ allocation: "unallocated" })} />
      </CostTile>
      <CostTile
        label="Change"
        testId="showback-change"
        note={`vs ${formatWindow(result.previousWindow)}: ${formatMoney(t.previousTotal, currency)}`}
      >
        {formatChange(t.changeRatio, t.total)}
      </CostTile>
      <CostTile
        label="Estimated"
        testId="showback-estimated"
        note={`${formatMoney(t.estimated, currency)} modelled, not measured`}
      >
        <Link href={facts({ status: "estimated" })} className="hover:underline">
          {t.estimatedShare === null ? "—" : formatPercent(t.estimatedShare)}
        </Link>
      </CostTile>
      <CostTile
        label="Unpriced"
        testId="showback-unpriced"
        note="resource-days with no known price, not counted as $0"
      >
        <Link
          href={facts({ status: "unpriced" })}
          className={t.unpricedResourceDays > 0 ? "text-rose-700 hover:underline" : "hover:underline"}
        >
          {t.unpricedResourceDays}
        </Link>
      </CostTile>
    </section>
  );
}
