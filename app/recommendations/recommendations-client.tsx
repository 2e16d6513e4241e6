"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { ClusterSelect } from "@/components/cluster-select";
import { DismissedRecommendations } from "@/components/recommendations/dismissed-recommendations";
import { RecommendationList } from "@/components/recommendations/recommendation-list";
import { RecommendationRuleTotals } from "@/components/recommendations/recommendation-rule-totals";
import { RecommendationsSkeleton } from "@/components/recommendations/recommendations-skeleton";
import { WhatIfPanel, type WhatIfSelection } from "@/components/recommendations/what-if-panel";
import { Pager } from "@/components/ui/pager";
import { useRecommendationsQuery } from "@/hooks/queries/use-recommendations-query";
import {
  RECOMMENDATION_RULE_INFO,
  RECOMMENDATION_RULES,
} from "@/lib/costing/recommendations/recommendation-rules";
import type { RecommendationDto } from "@/lib/costing/recommendations/serialize-recommendation";
import { formatCount } from "@/lib/format";
import {
  recommendationsSearch,
  type TRecommendationsParams,
  ZRecommendationsParams,
} from "../../lib/services/recommendations/recommendations-page-params";

export function RecommendationsClient() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZRecommendationsParams.parse(Object.fromEntries(searchParams));
  const { data, error, isPending, isFetching } = useRecommendationsQuery({
    cluster: params.cluster,
    rule: params.rule,
    page: params.page,
  });
  const [selection, setSelection] = useState<WhatIfSelection>({
    cluster: params.cluster ?? "",
    volumesText: "",
  });

  const href = (next: Partial<TRecommendationsParams>) => {
    const search = recommendationsSearch({ ...params, page: 1, ...next });
    return `${pathname}${search.size > 0 ? `?${search}` : ""}`;
  };
  const navigate = (next: Partial<TRecommendationsParams>) => router.push(href(next), { scroll: false });
  const addToWhatIf = (r: RecommendationDto) => {
    const names = r.volumes.map((v) => v.name);
    setSelection((current) =>
      current.cluster === r.clusterName
        ? {
            cluster: r.clusterName,
            volumesText: [...new Set([...current.volumesText.split("\n").filter(Boolean), ...names])].join(
              "\n",
            ),
          }
        : { cluster: r.clusterName, volumesText: names.join("\n") },
    );
  };

  if (isPending) return <RecommendationsSkeleton />;
  if (error) {
    return (
      <div className="space-y-3">
        <h1 className="font-semibold text-2xl">Recommendations</h1>
        <p className="text-red-700">Could not load the recommendations: {error.message}</p>
        <Link href={pathname} className="text-blue-700 text-sm hover:underline">
          Show every cluster and rule
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-6" aria-busy={isFetching}>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-semibold text-2xl">Recommendations</h1>
          <p className="mt-1 max-w-3xl text-slate-500 text-sm">
            Which tier each volume should be on: the monthly saving at today's list prices (both sides priced
            the same way), the performance given up or gained, the evidence, the guardrail it passed and the
            manifest change. Ranked by net monthly value: the saving, plus the GPU cost a faster tier recovers
            where a rule spends on storage to save GPU time. GPU figures are valued over the 30 complete days{" "}
            <span data-testid="gpu-valuation-window">
              {data.gpuWindow.from} to {data.gpuWindow.to}
            </span>{" "}
            (UTC), the GPU efficiency page's default window, so they read the same there. Tierscope never
            changes a cluster. Prices as of {data.asOf.slice(0, 10)}.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <ClusterSelect
            clusters={data.clusters.map((c) => c.name)}
            value={params.cluster}
            onChange={(cluster) => navigate({ cluster })}
          />
          <label>
            <span className="mr-2 text-slate-500">Rule</span>
            <select
              className="rounded-md border border-slate-300 bg-white px-2 py-1"
              value={params.rule ?? ""}
              onChange={(e) =>
                navigate({ rule: (e.target.value || undefined) as TRecommendationsParams["rule"] })
              }
              aria-label="Rule"
            >
              <option value="">All rules</option>
              {RECOMMENDATION_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {RECOMMENDATION_RULE_INFO[rule].label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>

      {data.warnings.length > 0 && (
        <p className="text-amber-700 text-sm" data-testid="recommendation-warnings">
          {data.warnings.join(" · ")}
        </p>
      )}

      {data.clusters.length === 0 ? (
        <section
          className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600"
          data-testid="recommendations-empty"
        >
          No clusters yet. Run <code className="font-mono">tierscope demo</code> for a demo fleet, or import
          one with <code className="font-mono">tierscope import kube --cluster NAME</code>.
        </section>
      ) : (
        <>
          <RecommendationRuleTotals
            data={data}
            href={(rule) => href({ rule: rule as TRecommendationsParams["rule"] })}
          />
          {data.totalItems > 0 && data.items.length === 0 ? (
            <p className="text-slate-600">
              Page {data.page} is past the last one.{" "}
              <Link href={href({ page: 1 })} className="text-blue-700 hover:underline">
                Go to the first page
              </Link>
            </p>
          ) : data.items.length === 0 ? (
            <section
              className="rounded-lg border border-emerald-200 bg-emerald-50 p-6 text-emerald-900"
              data-testid="recommendations-empty"
            >
              <p className="font-medium">
                No {params.rule ? RECOMMENDATION_RULE_INFO[params.rule].label : "recommendations"}
                {params.cluster ? ` in ${params.cluster}` : ""}: every volume checked is on a sensible tier.
              </p>
              {(params.rule || params.cluster) && (
                <Link href={pathname} className="mt-3 inline-block text-blue-700 text-sm hover:underline">
                  Show every cluster and rule
                </Link>
              )}
            </section>
          ) : (
            <div>
              <RecommendationList items={data.items} onWhatIf={addToWhatIf} />
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.totalItems}
                noun="recommendation(s)"
                onPage={(page) => navigate({ page })}
                note={
                  data.dismissedCount > 0 && ` · ${formatCount(data.dismissedCount)} dismissed, listed below`
                }
              />
            </div>
          )}
          <WhatIfPanel clusters={data.clusters} selection={selection} onSelection={setSelection} />
          <DismissedRecommendations
            page={params.dismissedPage}
            onPage={(dismissedPage) => navigate({ ...params, dismissedPage })}
          />
        </>
      )}
    </div>
  );
}
