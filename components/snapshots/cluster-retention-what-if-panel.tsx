"use client";
import { useState } from "react";
import { useSnapshotRetentionWhatIfQuery } from "@/hooks/queries/use-snapshot-retention-what-if-query";
import type { ClusterRetentionWhatIf } from "@/lib/services/snapshots/get-retention-what-if";
import {
  hasPolicy,
  type TSnapshotsParams,
  toSearch,
  whatIfQuery,
} from "@/lib/services/snapshots/snapshots-page-params";
import { Pager } from "../ui/pager";
import { ClusterWhatIfChains } from "./cluster-what-if-chains";
import { RetentionPolicyForm } from "./retention-policy-form";
import { RetentionWhatIfSummary } from "./retention-what-if-summary";

/** A retention policy tried on every chain of one cluster; the policy lives in the URL. */
export function ClusterRetentionWhatIfPanel(props: {
  params: TSnapshotsParams;
  clusters: string[];
  onNavigate: (next: Partial<TSnapshotsParams>) => void;
}) {
  const { params } = props;
  const [page, setPage] = useState(1);
  const query =
    params.cluster && hasPolicy(params) ? whatIfQuery({ ...params, cluster: params.cluster, page }) : null;
  const { data, error, isFetching } = useSnapshotRetentionWhatIfQuery(query);
  const result = data?.scope === "cluster" ? (data as ClusterRetentionWhatIf) : null;
  const policySearch = toSearch({
    keepLast: params.keepLast,
    keepYoungerThanDays: params.keepYoungerThanDays,
  });

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" data-testid="cluster-what-if">
      <h2 className="font-semibold text-lg">Retention what-if, whole cluster</h2>
      <p className="mt-1 mb-4 text-slate-500 text-sm">
        What every chain of a cluster would cost a month under a retention policy, before anyone changes a
        cluster. Tierscope never deletes anything.
      </p>
      {!params.cluster ? (
        <p className="rounded-md border border-slate-200 border-dashed p-6 text-center text-slate-600 text-sm">
          Choose a cluster above to try a retention policy on all its chains
          {props.clusters.length === 0 ? " (none imported yet)" : ""}.
        </p>
      ) : (
        <div className="space-y-4">
          <RetentionPolicyForm
            key={`${params.cluster}/${params.keepLast}/${params.keepYoungerThanDays}`}
            initial={params}
            onApply={(policy) => {
              setPage(1);
              props.onNavigate({ ...policy, page: params.page });
            }}
            onClear={() =>
              props.onNavigate({ keepLast: undefined, keepYoungerThanDays: undefined, page: params.page })
            }
          />
          {!query && (
            <p className="text-slate-500 text-sm">
              Give a number of snapshots to keep, or an age, and apply.
            </p>
          )}
          {query && error && (
            <p className="text-red-700 text-sm">Could not compute the what-if: {error.message}</p>
          )}
          {query && !result && !error && (
            <p className="text-slate-500 text-sm">Computing the what-if for {params.cluster}…</p>
          )}
          {result && (
            <div className={isFetching ? "opacity-60" : ""}>
              <RetentionWhatIfSummary
                figures={result}
                currency={result.currency}
                priceProblem={
                  result.unpricedChains > 0
                    ? `${result.unpricedChains} chain(s) have no price today and are left out of the $ sums`
                    : null
                }
                note={result.note}
              />
              {result.chains.length > 0 && (
                <div className="mt-4">
                  <ClusterWhatIfChains
                    clusterName={result.clusterName}
                    chains={result.chains}
                    currency={result.currency}
                    search={policySearch}
                  />
                  <Pager
                    hideWhenSingle
                    page={result.page}
                    pageSize={result.pageSize}
                    total={result.total}
                    noun="chain(s)"
                    onPage={setPage}
                  />
                </div>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
