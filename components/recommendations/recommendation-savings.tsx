import { PriceStatusBadge } from "@/components/pricing/price-status-badge";
import type { RecommendationDto } from "@/lib/costing/recommendations/serialize-recommendation";
import { formatPayback } from "@/lib/format";
import { formatMoney } from "@/lib/format-money";

/** The monthly saving (or spend), and for GPU-backed recommendations the GPU cost recovered and payback. */
export function RecommendationSavings({ recommendation: r }: { recommendation: RecommendationDto }) {
  const { savings } = r;
  return (
    <div className="text-right" data-testid="savings">
      {savings.monthlyCost === null ? (
        <span title={savings.basis}>
          <PriceStatusBadge status="unpriced" />
        </span>
      ) : (
        <p className="font-semibold tabular-nums" title={savings.basis}>
          {savings.monthlyCost.startsWith("-")
            ? `spends ${formatMoney(savings.monthlyCost.slice(1), savings.currency)}`
            : `saves ${formatMoney(savings.monthlyCost, savings.currency)}`}
          <span className="font-normal text-slate-500 text-xs">/month</span>
          {savings.status === "estimated" && (
            <span className="ml-1.5">
              <PriceStatusBadge status="estimated" />
            </span>
          )}
        </p>
      )}
      {r.gpuCostRecoveredPerMonth !== null && (
        <p className="text-slate-600 text-xs tabular-nums" data-testid="gpu-recovered">
          GPU cost recovered {formatMoney(r.gpuCostRecoveredPerMonth, savings.currency)}/month
          {r.paybackDays !== null && ` · payback ${formatPayback(r.paybackDays)}`}
        </p>
      )}
    </div>
  );
}
