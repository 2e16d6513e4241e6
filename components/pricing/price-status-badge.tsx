import type { PriceStatus } from "@/lib/pricing/price-volume";

const STYLE: Record<PriceStatus, string> = {
  priced: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  estimated: "bg-amber-50 text-amber-800 ring-amber-200",
  unpriced: "bg-red-50 text-red-800 ring-red-200",
  included: "bg-sky-50 text-sky-800 ring-sky-200",
};

export function PriceStatusBadge({ status }: { status: PriceStatus }) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 font-medium text-xs ring-1 ring-inset ${STYLE[status]}`}
      data-testid="price-status"
    >
      {status}
    </span>
  );
}
