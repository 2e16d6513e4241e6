import type { ShowbackGroup, ShowbackResult } from "@/lib/services/showback/get-showback";
import { ChangeCell } from "./change-cell";
import { CostFigureLink } from "./cost-figure-link";
import { formatPercent } from "./format-cost";
import { MoneyLink } from "./money-link";

/** The total over every group (not only those listed), each figure linking to its facts. */
export function ShowbackTotalRow({
  result,
  facts,
}: {
  result: ShowbackResult;
  facts: (group: ShowbackGroup | null, extra?: Record<string, string>) => string;
}) {
  const t = result.totals;
  const { currency } = result;
  return (
    <tr className="border-slate-300 border-t-2 font-semibold" data-testid="showback-total-row">
      <td className="px-3 py-2">
        Total{result.groupCount > result.groups.length ? ` (all ${result.groupCount} groups)` : ""}
      </td>
      <td className="px-3 py-2 text-right">
        <CostFigureLink
          figure={t}
          currency={currency}
          href={facts(null)}
          unpricedHref={facts(null, { status: "unpriced" })}
          testId="total"
        />
      </td>
      <td className="px-3 py-2 text-right">
        <ChangeCell ratio={t.changeRatio} total={t.total} previous={t.previousTotal} />
      </td>
      <td className="px-3 py-2 text-right">
        <MoneyLink amount={t.allocated} currency={currency} href={facts(null, { allocation: "allocated" })} />
      </td>
      <td className="px-3 py-2 text-right">
        <MoneyLink
          amount={t.unallocated}
          currency={currency}
          href={facts(null, { allocation: "unallocated" })}
        />
      </td>
      <td className="px-3 py-2 text-right text-amber-700">
        {t.estimatedShare ? `${formatPercent(t.estimatedShare)} est.` : "—"}
      </td>
      <td className="px-3 py-2 text-right text-rose-700">
        {t.unpricedResourceDays > 0 ? `${t.unpricedResourceDays} days` : "—"}
      </td>
    </tr>
  );
}
