import type { WhatIfResult } from "@/hooks/queries/use-recommendation-what-if";
import { formatBytes } from "@/lib/format";
import { formatMoney } from "@/lib/format-money";

function Totals(props: {
  before: string | null;
  after: string | null;
  savings: string | null;
  currency: string;
}) {
  const show = (amount: string | null) =>
    amount === null ? "unpriced" : formatMoney(amount, props.currency);
  return (
    <dl className="grid grid-cols-3 gap-3 text-sm" data-testid="what-if-totals">
      <div>
        <dt className="text-slate-500 text-xs">Before, per month</dt>
        <dd className="font-semibold tabular-nums" data-testid="what-if-before">
          {show(props.before)}
        </dd>
      </div>
      <div>
        <dt className="text-slate-500 text-xs">After, per month</dt>
        <dd className="font-semibold tabular-nums" data-testid="what-if-after">
          {show(props.after)}
        </dd>
      </div>
      <div>
        <dt className="text-slate-500 text-xs">Saving per month (negative: spends)</dt>
        <dd className="font-semibold tabular-nums" data-testid="what-if-savings">
          {show(props.savings)}
        </dd>
      </div>
    </dl>
  );
}

/** The what-if's answer: totals before and after, and the volumes or chains behind them. */
export function WhatIfResultView({ result }: { result: WhatIfResult }) {
  if (result.kind === "retention") {
    return (
      <div className="space-y-2" data-testid="what-if-result">
        <Totals
          before={result.before.monthly}
          after={result.after.monthly}
          savings={result.savings.monthly}
          currency={result.currency}
        />
        <p className="text-slate-600 text-xs">
          {result.removed} snapshot(s) deleted, {result.kept} kept across {result.total} chain(s)
          {result.unpricedChains > 0 && ` · ${result.unpricedChains} chain(s) unpriced, not in the sums`}
          {result.estimated && " · sizes partly modelled (estimated)"}. {result.note}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-2" data-testid="what-if-result">
      <Totals
        before={result.before}
        after={result.after}
        savings={result.savings}
        currency={result.currency}
      />
      <table className="w-full text-xs">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-1 font-normal">Volume</th>
            <th className="py-1 font-normal">Now</th>
            <th className="py-1 text-right font-normal">$/month</th>
            <th className="py-1 font-normal">On {result.targetStorageClass}</th>
            <th className="py-1 text-right font-normal">$/month</th>
          </tr>
        </thead>
        <tbody>
          {result.volumes.map((v) => (
            <tr key={v.uid} className="border-slate-100 border-t" data-testid="what-if-volume">
              <td className="py-1 pr-3 font-mono">
                {v.name} <span className="text-slate-500">({formatBytes(v.capacityBytes)})</span>
              </td>
              <td className="py-1 pr-3">{v.before.label}</td>
              <td className="py-1 pr-3 text-right tabular-nums" title={v.before.cost.basis}>
                {v.before.cost.monthlyCost === null
                  ? "unpriced"
                  : formatMoney(v.before.cost.monthlyCost, v.before.cost.currency)}
              </td>
              <td className="py-1 pr-3">{v.after.label}</td>
              <td className="py-1 text-right tabular-nums" title={v.after.cost.basis}>
                {v.after.cost.monthlyCost === null
                  ? "unpriced"
                  : formatMoney(v.after.cost.monthlyCost, v.after.cost.currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.unpricedVolumes > 0 && (
        <p className="text-amber-700 text-xs">
          {result.unpricedVolumes} volume(s) unpriced on one side: not in the sums.
        </p>
      )}
    </div>
  );
}
