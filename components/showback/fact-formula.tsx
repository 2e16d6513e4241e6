import { formatMoney, formatUnitPrice } from "@/lib/format-money";
import type { CostFactItem } from "@/lib/services/showback/list-cost-facts";

/** The quantity unit a price unit is per: GB_month → "GB", IOPS_hour → "IOPS". */
const QUANTITY_UNIT: Record<string, string> = {
  GiB_month: "GiB",
  GB_month: "GB",
  GiB_hour: "GiB",
  IOPS_month: "IOPS",
  IOPS_hour: "IOPS",
  MiBps_month: "MiB/s",
  MBps_month: "MB/s",
  MBps_hour: "MB/s",
  disk_month: "disk",
  GiB: "GiB",
  GB: "GB",
  hour: "",
  TB_year: "TB",
};

export function priceUnitLabel(unit: string): string {
  return unit.replace("_", "-").replace("MiBps", "MiB/s").replace("MBps", "MB/s");
}

function MonthlyPrice({ fact }: { fact: CostFactItem }) {
  const unit = QUANTITY_UNIT[fact.unit] ?? "";
  const tier = typeof fact.detail.tier === "string" ? fact.detail.tier : null;
  if (fact.priceSlices && (fact.priceSlices.length > 1 || fact.unitPrice === null || tier)) {
    // Tiered: each slice at its own rate (graduated), or the whole quantity as one tier (size step).
    return (
      <span title="monthly price, tier by tier">
        {tier && `${tier} (${fact.quantity} ${unit}): `}
        {fact.priceSlices.map((slice, i) => (
          <span key={`${slice.quantity}-${slice.unitPrice}`}>
            {i > 0 && " + "}
            {slice.quantity} × {slice.unitPrice}
          </span>
        ))}{" "}
        = {fact.monthlyCost} {fact.currency}/month
      </span>
    );
  }
  return (
    <span title="unit price × quantity">
      {formatUnitPrice(fact.unitPrice ?? "0", fact.currency)}/{priceUnitLabel(fact.unit)} × {fact.quantity}{" "}
      {unit}
    </span>
  );
}

/**
 * The month's price (unit price × quantity, or its tiers) × hours ÷ the month's hours = cost, as the
 * fact records it. Hourly prices have a "month" of one hour: price × quantity × hours.
 */
export function FactFormula({ fact }: { fact: CostFactItem }) {
  if (fact.status === "unpriced") {
    return (
      <span className="text-rose-700">
        unpriced: {fact.reason ?? "no price known"}{" "}
        <span className="text-slate-500">(not counted as $0)</span>
      </span>
    );
  }
  if (fact.status === "included" || fact.monthlyCost === null) {
    return (
      <span className="text-slate-600">
        {formatMoney(fact.cost ?? "0", fact.currency)}: {fact.reason ?? "no separate charge"}
      </span>
    );
  }
  const hourly = fact.monthHours === "1";
  return (
    <span className="font-mono text-xs" data-testid="fact-formula">
      <MonthlyPrice fact={fact} />
      {" × "}
      <span title="hours the resource existed that day">{fact.hours} h</span>
      {!hourly && fact.monthHours && (
        <>
          {" ÷ "}
          <span title="hours in the month the price is prorated over">{fact.monthHours} h</span>
        </>
      )}
      {" = "}
      <span className="font-semibold" title={`${fact.cost} ${fact.currency}`}>
        {formatMoney(fact.cost ?? "0", fact.currency, 4)}
      </span>
    </span>
  );
}
