"use client";
import type { ChainRetentionWhatIf } from "@/lib/services/snapshots/get-retention-what-if";
import { hasPolicy, type TChainParams } from "@/lib/services/snapshots/snapshots-page-params";
import { RetentionPolicyForm } from "./retention-policy-form";
import { RetentionWhatIfSummary } from "./retention-what-if-summary";

/** A retention policy tried on one chain: the inputs live in the URL, the result marks the snapshots. */
export function ChainRetentionWhatIfPanel(props: {
  params: TChainParams;
  result: ChainRetentionWhatIf | null;
  error: Error | null;
  fetching: boolean;
  onNavigate: (next: Partial<TChainParams>) => void;
}) {
  const { params, result } = props;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" data-testid="chain-what-if">
      <h2 className="font-semibold text-lg">Retention what-if</h2>
      <p className="mt-1 mb-4 text-slate-500 text-sm">
        Which snapshots a retention policy would delete, and what the chain would cost a month after. Nothing
        is changed in the cluster.
      </p>
      <RetentionPolicyForm
        key={`${params.keepLast}/${params.keepYoungerThanDays}`}
        initial={params}
        onApply={(policy) => props.onNavigate(policy)}
        onClear={() => props.onNavigate({ keepLast: undefined, keepYoungerThanDays: undefined })}
      />
      <div className="mt-4">
        {!hasPolicy(params) && (
          <p
            className="rounded-md border border-slate-200 border-dashed p-6 text-center text-slate-600 text-sm"
            data-testid="what-if-empty"
          >
            Try a policy such as “keep the last 7”: the snapshots it would delete are marked on the timeline
            and in the list below.
          </p>
        )}
        {hasPolicy(params) && props.error && (
          <p className="text-red-700 text-sm">Could not compute the what-if: {props.error.message}</p>
        )}
        {hasPolicy(params) && !result && !props.error && (
          <p className="text-slate-500 text-sm">Computing the what-if…</p>
        )}
        {result && (
          <div className={props.fetching ? "opacity-60" : ""}>
            <RetentionWhatIfSummary
              figures={result}
              currency={result.currency}
              priceProblem={result.priceProblem ? `No $ figure: ${result.priceProblem}` : null}
              note={result.note}
            />
          </div>
        )}
      </div>
    </section>
  );
}
