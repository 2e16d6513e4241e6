import Link from "next/link";
import { type CostAmount, priceCoverage, unpricedResourceDaysText } from "@/lib/costing/cost-amount";
import { MoneyLink } from "./money-link";

/**
 * A cost figure that links to its facts: the amount, marked "partial" when it leaves out unpriced
 * resource-days, or "unpriced (N resource-days)" when nothing in it has a known price: never $0.00.
 */
export function CostFigureLink(props: {
  figure: CostAmount;
  currency: string;
  href: string;
  unpricedHref: string;
  testId?: string;
}) {
  const { figure } = props;
  const coverage = priceCoverage(figure);
  if (coverage === "unpriced") {
    return (
      <Link
        href={props.unpricedHref}
        data-testid={props.testId}
        data-coverage="unpriced"
        title="No cost here has a known price: unknown, not free"
        className="text-rose-700 hover:underline"
      >
        {unpricedResourceDaysText(figure.unpricedResourceDays)}
      </Link>
    );
  }
  return (
    <span data-coverage={coverage}>
      <MoneyLink amount={figure.total} currency={props.currency} href={props.href} testId={props.testId} />
      {coverage === "partial" && (
        <span
          className="ml-1.5 rounded bg-rose-50 px-1 py-0.5 text-rose-700 text-xs"
          title={`Leaves out ${figure.unpricedResourceDays} resource-days with no known price`}
          data-testid="partial"
        >
          partial
        </span>
      )}
    </span>
  );
}
