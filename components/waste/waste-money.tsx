import { PriceStatusBadge } from "@/components/pricing/price-status-badge";
import { formatMoney } from "@/lib/format-money";
import type { PriceStatus } from "@/lib/pricing/price-volume";

/** A finding's $/month: an estimate says so, and an unknown price is "unpriced", never $0. */
export function WasteMoney(props: {
  cost: { status: PriceStatus; monthlyCost: string | null; currency: string; basis: string };
}) {
  const { cost } = props;
  if (cost.monthlyCost === null) {
    return (
      <span title={cost.basis}>
        <PriceStatusBadge status="unpriced" />
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1.5" title={cost.basis}>
      <span className="tabular-nums" data-testid="monthly-cost">
        {formatMoney(cost.monthlyCost, cost.currency)}
      </span>
      {cost.status !== "priced" && <PriceStatusBadge status={cost.status} />}
    </span>
  );
}
