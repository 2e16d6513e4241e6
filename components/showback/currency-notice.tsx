import Link from "next/link";
import { formatMoney } from "@/lib/format-money";
import type { CurrencyTotal } from "@/lib/services/showback/get-showback";

/** Facts priced in other currencies: listed with their own totals and a link to show them, never added. */
export function CurrencyNotice(props: {
  currency: string;
  currencies: CurrencyTotal[];
  hrefFor: (currency: string) => string;
}) {
  const others = props.currencies.filter((c) => c.currency !== props.currency);
  if (others.length === 0) return null;
  return (
    <p
      className="rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-amber-900 text-sm"
      data-testid="currency-notice"
    >
      Figures are in {props.currency}. Also priced in{" "}
      {others.map((c, i) => (
        <span key={c.currency}>
          {i > 0 && ", "}
          <Link className="underline" href={props.hrefFor(c.currency)}>
            {c.currency} ({formatMoney(c.total, c.currency)}, {c.factCount} facts)
          </Link>
        </span>
      ))}
      : amounts in different currencies are never added together.
    </p>
  );
}
