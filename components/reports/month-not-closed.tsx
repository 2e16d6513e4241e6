import Link from "next/link";
import { CloseMonthPanel } from "./close-month-panel";

/**
 * An open month: reports are for closed months; say how to close it (with the close panel when the
 * viewer may close: finance and admin), or offer a labelled preliminary view.
 */
export function MonthNotClosed({
  month,
  preliminaryHref,
  canClose,
}: {
  month: string;
  preliminaryHref: string;
  canClose: boolean;
}) {
  return (
    <div
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-5 text-sm"
      data-testid="month-not-closed"
    >
      <p className="font-medium text-amber-900">{month} is not closed.</p>
      <p className="text-amber-900">
        A chargeback is for a closed month: its facts are frozen, so the figures finance sends out do not
        change afterwards. Close it with{" "}
        <code className="rounded bg-white px-1">tierscope close-month {month}</code> or here (finance and
        admin).
      </p>
      {canClose && <CloseMonthPanel month={month} />}
      <Link href={preliminaryHref} className="inline-block text-blue-700 hover:underline">
        Show a preliminary report (labelled as such; figures can still change)
      </Link>
    </div>
  );
}
