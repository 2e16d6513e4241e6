import Link from "next/link";

/** Resource-days with no known price: in no amount (never $0), linked to the facts that say why. */
export function UnpricedNote({ days, href }: { days: number; href: string }) {
  if (days === 0) return null;
  return (
    <Link href={href} className="ml-2 text-amber-700 text-xs hover:underline" data-testid="unpriced-note">
      {days} unpriced resource-day{days === 1 ? "" : "s"}
    </Link>
  );
}
