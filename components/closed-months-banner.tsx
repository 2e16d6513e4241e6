import { type ClosedMonthInWindow, closedMonthLines } from "@/lib/costing/closed-months";

/**
 * Says so when a view's window includes a closed month: which, closed by whom and when, that its
 * figures are frozen, and any price change or import after the close that they do not include.
 */
export function ClosedMonthsBanner({ closedMonths }: { closedMonths: ClosedMonthInWindow[] | undefined }) {
  if (!closedMonths || closedMonths.length === 0) return null;
  return (
    <div
      role="note"
      className="space-y-1 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sky-900 text-sm"
      data-testid="closed-months-banner"
    >
      {closedMonthLines(closedMonths).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
