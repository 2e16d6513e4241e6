"use client";
import { Pager } from "@/components/ui/pager";
import {
  useRecommendationDismissalMutations,
  useRecommendationDismissalsQuery,
} from "@/hooks/queries/use-recommendation-dismissals-query";
import {
  isRecommendationRule,
  RECOMMENDATION_RULE_INFO,
} from "@/lib/costing/recommendations/recommendation-rules";

/** The dismissed recommendations with who, when and why; each can be restored. */
export function DismissedRecommendations(props: { page: number; onPage: (page: number) => void }) {
  const { data, error, isPending } = useRecommendationDismissalsQuery({ page: props.page });
  const { restore } = useRecommendationDismissalMutations();
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-5"
      aria-label="Dismissed recommendations"
    >
      <h2 className="font-semibold text-lg">Dismissed</h2>
      {isPending ? (
        <div className="mt-2 h-5 w-1/2 animate-pulse rounded bg-slate-100" />
      ) : error ? (
        <p className="mt-2 text-red-700 text-sm">
          Could not load the dismissed recommendations: {error.message}
        </p>
      ) : data.total === 0 ? (
        <p className="mt-2 text-slate-500 text-sm" data-testid="no-dismissals">
          Nothing dismissed. Dismiss a recommendation that does not apply, with the reason: it is kept here.
        </p>
      ) : (
        <>
          <table className="mt-2 w-full text-sm" data-testid="dismissals">
            <thead className="text-left text-slate-500 text-xs">
              <tr>
                <th className="py-1 font-normal">Rule</th>
                <th className="py-1 font-normal">Cluster</th>
                <th className="py-1 font-normal">Reason</th>
                <th className="py-1 font-normal">When, by</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody>
              {data.items.map((d) => (
                <tr key={d.id} className="border-slate-100 border-t" data-testid="dismissal">
                  <td className="py-1 pr-3">
                    {isRecommendationRule(d.rule) ? RECOMMENDATION_RULE_INFO[d.rule].label : d.rule}
                  </td>
                  <td className="py-1 pr-3">{d.clusterName}</td>
                  <td className="py-1 pr-3">{d.reason}</td>
                  <td className="py-1 pr-3 text-slate-500 text-xs">
                    {new Date(d.dismissedAt).toUTCString()} · {d.dismissedBy}
                  </td>
                  <td className="py-1 text-right">
                    <button
                      type="button"
                      className="text-blue-700 text-xs hover:underline"
                      onClick={() => restore.mutate(d.id)}
                      disabled={restore.isPending}
                    >
                      Restore
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            noun="dismissed"
            onPage={props.onPage}
            hideWhenSingle
          />
        </>
      )}
    </section>
  );
}
