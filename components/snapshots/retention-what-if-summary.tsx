import { formatBytes, formatCount } from "@/lib/format";
import type { WhatIfFigures } from "@/lib/services/snapshots/get-retention-what-if";
import { SnapshotMoney } from "./snapshot-money";

function Figure(props: {
  label: string;
  money: string | null;
  bytes: string | null;
  currency: string | null;
  estimated: boolean;
  missing: string | null;
  testId: string;
  strong?: boolean;
}) {
  return (
    <div
      className={`rounded-lg border p-4 ${props.strong ? "border-emerald-200 bg-emerald-50" : "border-slate-200 bg-white"}`}
      data-testid={props.testId}
    >
      <p className="text-slate-500 text-xs">{props.label}</p>
      <p className="mt-1 font-semibold text-xl">
        <SnapshotMoney
          amount={props.money}
          currency={props.currency}
          estimated={props.estimated}
          missing={props.missing}
          testId={`${props.testId}-monthly`}
        />
      </p>
      <p className="mt-1 text-slate-500 text-xs tabular-nums" data-testid={`${props.testId}-bytes`}>
        {props.bytes === null ? "size unknown" : `${formatBytes(props.bytes)} billed`}
      </p>
    </div>
  );
}

/** Before, after and the saving of a retention policy, with why the saving is not the naive sum. */
export function RetentionWhatIfSummary(props: {
  figures: WhatIfFigures;
  currency: string | null;
  priceProblem: string | null;
  note: string;
}) {
  const { figures, currency } = props;
  const common = { currency, estimated: figures.estimated, missing: props.priceProblem };
  return (
    <div className="space-y-3" data-testid="what-if-result">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Figure
          label="Now"
          money={figures.before.monthly}
          bytes={figures.before.bytes}
          testId="what-if-before"
          {...common}
        />
        <Figure
          label="Under the policy"
          money={figures.after.monthly}
          bytes={figures.after.bytes}
          testId="what-if-after"
          {...common}
        />
        <Figure
          label="Saving"
          money={figures.savings.monthly}
          bytes={figures.savings.bytes}
          testId="what-if-saving"
          strong
          {...common}
        />
      </div>
      <p className="text-slate-600 text-sm">
        Keeps <strong className="tabular-nums">{formatCount(figures.kept)}</strong> snapshot(s), removes{" "}
        <strong className="tabular-nums" data-testid="what-if-removed">
          {formatCount(figures.removed)}
        </strong>
        . The removed snapshots hold{" "}
        {figures.naiveSavings.bytes === null ? "an unknown size" : formatBytes(figures.naiveSavings.bytes)}
        {figures.naiveSavings.monthly !== null && currency !== null && (
          <>
            {" "}
            (
            <SnapshotMoney
              amount={figures.naiveSavings.monthly}
              currency={currency}
              estimated={false}
              testId="what-if-naive"
            />
            )
          </>
        )}{" "}
        on their own, but that is not what deleting them saves.
      </p>
      <p className="rounded-md bg-slate-50 p-3 text-slate-600 text-xs" data-testid="what-if-note">
        {props.note}
      </p>
      {props.priceProblem && <p className="text-red-700 text-xs">{props.priceProblem}</p>}
      {figures.estimated && (
        <p className="text-amber-800 text-xs">
          Estimated: some sizes are modelled (a daily change rate, the source's used bytes, or restoreSize as
          an upper bound), not reported by the provider.
        </p>
      )}
    </div>
  );
}
