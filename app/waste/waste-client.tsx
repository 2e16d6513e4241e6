"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ClusterSelect } from "@/components/cluster-select";
import { Pager } from "@/components/ui/pager";
import { WasteEmptyState } from "@/components/waste/waste-empty-state";
import { WasteFindings } from "@/components/waste/waste-findings";
import { WasteRuleTotals } from "@/components/waste/waste-rule-totals";
import { WasteSkeleton } from "@/components/waste/waste-skeleton";
import { useWasteQuery } from "@/hooks/queries/use-waste-query";
import { WASTE_RULE_INFO, WASTE_RULES } from "@/lib/costing/waste/waste-rules";
import { formatCount } from "@/lib/format";
import { type TWasteParams, wasteSearch, ZWasteParams } from "../../lib/services/waste/waste-page-params";

export function WasteClient() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZWasteParams.parse(Object.fromEntries(searchParams));
  const { data, error, isPending, isFetching } = useWasteQuery(params);

  const href = (next: Partial<TWasteParams>) => {
    const search = wasteSearch({ ...params, page: 1, ...next });
    return `${pathname}${search.size > 0 ? `?${search}` : ""}`;
  };
  const navigate = (next: Partial<TWasteParams>) => router.push(href(next));

  if (isPending) return <WasteSkeleton />;
  if (error) {
    return (
      <div className="space-y-3">
        <h1 className="font-semibold text-2xl">Waste</h1>
        <p className="text-red-700">Could not load the waste findings: {error.message}</p>
        <Link href={pathname} className="text-blue-700 text-sm hover:underline">
          Show every cluster and rule
        </Link>
      </div>
    );
  }
  const csv = new URLSearchParams();
  if (params.cluster) csv.set("cluster", params.cluster);
  if (params.rule) csv.set("rule", params.rule);

  return (
    <div className="space-y-6" aria-busy={isFetching}>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-semibold text-2xl">Waste</h1>
          <p className="mt-1 max-w-3xl text-slate-500 text-sm">
            What to clean up today: each item with its owner, age, what it costs per month at today's list
            prices, the evidence, and the exact command to remove it. Tierscope never changes a cluster: you
            run the commands. As of {new Date(data.asOf).toUTCString()}.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <ClusterSelect
            clusters={data.clusters}
            value={params.cluster}
            onChange={(cluster) => navigate({ cluster })}
          />
          <label>
            <span className="mr-2 text-slate-500">Rule</span>
            <select
              className="rounded-md border border-slate-300 bg-white px-2 py-1"
              value={params.rule ?? ""}
              onChange={(e) => navigate({ rule: (e.target.value || undefined) as TWasteParams["rule"] })}
              aria-label="Rule"
            >
              <option value="">All rules</option>
              {WASTE_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {WASTE_RULE_INFO[rule].label}
                </option>
              ))}
            </select>
          </label>
          <a
            href={`/api/v1/waste.csv${csv.size > 0 ? `?${csv}` : ""}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1 font-medium text-slate-700 hover:bg-slate-50"
            download
          >
            Export CSV
          </a>
        </div>
      </header>

      {data.warnings.length > 0 && (
        <p className="text-amber-700 text-sm" data-testid="waste-warnings">
          {data.warnings.join(" · ")}
        </p>
      )}

      {data.clusters.length > 0 && (
        <WasteRuleTotals data={data} href={(rule) => href({ rule: rule as TWasteParams["rule"] })} />
      )}

      {data.totalItems > 0 && data.items.length === 0 ? (
        <p className="text-slate-600">
          Page {data.page} is past the last one.{" "}
          <Link href={href({ page: 1 })} className="text-blue-700 hover:underline">
            Go to the first page
          </Link>
        </p>
      ) : data.items.length === 0 ? (
        <WasteEmptyState
          hasClusters={data.clusters.length > 0}
          cluster={data.filters.cluster}
          rule={data.filters.rule}
          clearHref={pathname}
        />
      ) : (
        <>
          <WasteFindings items={data.items} thresholds={data.thresholds} />
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            total={data.totalItems}
            noun="finding(s)"
            onPage={(page) => navigate({ page })}
            note={data.dismissedCount > 0 && ` · ${formatCount(data.dismissedCount)} dismissed, hidden`}
          />
        </>
      )}
    </div>
  );
}
