import { formatMoney } from "@/lib/format-money";
import { SnapshotBadge } from "./snapshot-badge";

/**
 * A $/month figure that says what it is: "estimated" when sizes are modelled, "partial" when some
 * snapshots have no price, and never $0 for an unknown price ("unpriced", with the reason).
 */
export function SnapshotMoney(props: {
  amount: string | null;
  currency: string | null;
  estimated: boolean;
  partial?: boolean;
  /** Why there is no amount (shown on hover). */
  missing?: string | null;
  perMonth?: boolean;
  testId?: string;
  className?: string;
  /** Keep the amount and its badges on one line (table cells). */
  nowrap?: boolean;
}) {
  if (props.amount === null || props.currency === null) {
    return (
      <span title={props.missing ?? undefined} data-testid={props.testId}>
        <SnapshotBadge tone="red" testId="estimate-badge">
          unpriced
        </SnapshotBadge>
      </span>
    );
  }
  return (
    <span
      className={`inline-flex items-center gap-1.5 ${props.nowrap ? "whitespace-nowrap" : "flex-wrap"} ${props.className ?? ""}`}
    >
      <span className="tabular-nums" data-testid={props.testId}>
        {formatMoney(props.amount, props.currency)}
        {props.perMonth === false ? "" : "/mo"}
      </span>
      {props.estimated && (
        <SnapshotBadge
          tone="amber"
          testId="estimate-badge"
          title="Modelled from a change rate, used bytes or restoreSize: not a size the provider reported"
        >
          estimated
        </SnapshotBadge>
      )}
      {props.partial && (
        <SnapshotBadge tone="red" title="Some snapshots have no price and are left out">
          partial
        </SnapshotBadge>
      )}
    </span>
  );
}
