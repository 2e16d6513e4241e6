import Link from "next/link";
import { formatMoney } from "@/lib/format-money";

/** An amount to the cent that links to the facts behind it; the exact amount is in the tooltip. */
export function MoneyLink(props: {
  amount: string;
  currency: string;
  href: string;
  testId?: string;
  muted?: boolean;
}) {
  return (
    <Link
      href={props.href}
      data-testid={props.testId}
      title={`${props.amount} ${props.currency}: show the facts behind this figure`}
      className={`tabular-nums hover:underline ${props.muted ? "text-slate-500" : "text-blue-800"}`}
    >
      {formatMoney(props.amount, props.currency)}
    </Link>
  );
}
