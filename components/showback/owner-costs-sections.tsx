import Link from "next/link";
import { ChartBarSpendByCategory } from "@/components/charts/chart-bar-spend-by-category";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMoney } from "@/lib/format-money";
import type {
  OwnerBreakdownRow,
  OwnerCostsResult,
  OwnerResource,
} from "@/lib/services/showback/get-team-costs";
import { Pager } from "../ui/pager";
import { type FactsFilter, factsHref, volumeHref } from "./cost-links";
import { CostTile } from "./cost-tile";
import { formatChange, formatPercent, formatWindow } from "./format-cost";
import { MoneyLink } from "./money-link";

// The sections a namespace page and a team page share. `scope` is the facts filter that selects the
// owner's allocated facts; every figure links to the facts it is the sum of.

interface Props {
  result: OwnerCostsResult;
  window: Record<string, string>;
  scope: FactsFilter;
}

export function OwnerSummary({ result, window, scope }: Props) {
  const t = result.totals;
  const { currency } = result;
  return (
    <section className="grid grid-cols-2 gap-4 lg:grid-cols-5" aria-label="Totals">
      <CostTile label="Total" testId="owner-total" note={`${result.window.days} days`}>
        <MoneyLink amount={t.total} currency={currency} href={factsHref(window, scope)} />
      </CostTile>
      <CostTile
        label="Change"
        testId="owner-change"
        note={`vs ${formatWindow(result.previousWindow)}: ${formatMoney(t.previousTotal, currency)}`}
      >
        {formatChange(t.changeRatio, t.total)}
      </CostTile>
      <CostTile
        label="Estimated"
        testId="owner-estimated"
        note={`${formatMoney(t.estimated, currency)} modelled`}
      >
        <Link className="hover:underline" href={factsHref(window, { ...scope, status: "estimated" })}>
          {t.estimatedShare === null ? "—" : formatPercent(t.estimatedShare)}
        </Link>
      </CostTile>
      <CostTile label="Unpriced" testId="owner-unpriced" note="resource-days with no known price">
        <Link className="hover:underline" href={factsHref(window, { ...scope, status: "unpriced" })}>
          {t.unpricedResourceDays}
        </Link>
      </CostTile>
      <CostTile
        label="Likely theirs, unallocated"
        testId="owner-likely"
        note="released or unbound volumes last claimed here"
      >
        <a href="#likely-owned" className="hover:underline">
          {formatMoney(result.likelyOwned.total, currency)}
        </a>
      </CostTile>
    </section>
  );
}

export function OwnerTrend({ result }: { result: OwnerCostsResult }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="font-medium text-lg">Daily spend by category</h2>
      <div className="mt-4">
        <ChartBarSpendByCategory result={result} />
      </div>
    </section>
  );
}

function BreakdownTable(
  props: Props & {
    title: string;
    testId: string;
    rows: OwnerBreakdownRow[];
    filter: (row: OwnerBreakdownRow) => FactsFilter;
  },
) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" data-testid={props.testId}>
      <h2 className="font-medium text-lg">{props.title}</h2>
      <TableScroll>
        <table className="mt-3 w-full text-sm">
          <tbody>
            {props.rows.map((row) => (
              <tr
                key={`${row.clusterName}/${row.name}`}
                className="border-slate-100 border-t"
                data-testid={`breakdown-${row.name}`}
              >
                <td className="py-2">
                  {row.name}
                  {row.clusterName && <span className="ml-2 text-slate-500 text-xs">{row.clusterName}</span>}
                </td>
                <td className="py-2 text-right text-rose-700 text-xs">
                  {row.unpricedResourceDays > 0 ? `${row.unpricedResourceDays} unpriced days` : ""}
                </td>
                <td className="py-2 text-right">
                  <MoneyLink
                    amount={row.total}
                    currency={props.result.currency}
                    href={factsHref(props.window, { ...props.scope, ...props.filter(row) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

export function OwnerBreakdowns(props: Props) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <BreakdownTable
        {...props}
        title="By storage class"
        testId="by-storage-class"
        rows={props.result.byStorageClass}
        filter={(row) => ({ by: "storage-class", key: `${row.clusterName}/${row.name}` })}
      />
      <BreakdownTable
        {...props}
        title="By category"
        testId="by-category"
        rows={props.result.byCategory}
        filter={(row) => ({ by: "category", key: row.name })}
      />
    </div>
  );
}

export function OwnerWorkloads({ result }: { result: OwnerCostsResult }) {
  const { items, workloadCount, notSplit } = result.byWorkload;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" data-testid="owner-workloads">
      <h2 className="font-medium text-lg">By workload</h2>
      <p className="mt-1 text-slate-500 text-xs">
        Each volume's daily cost split among the workloads that mounted it, by pod-hours.
      </p>
      <TableScroll>
        <table className="mt-3 w-full text-sm">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-2 font-medium">Workload</th>
              <th className="py-2 text-right font-medium">Pod-hours</th>
              <th className="py-2 text-right font-medium">Cost</th>
            </tr>
          </thead>
          <tbody>
            {items.map((w) => (
              <tr
                key={`${w.clusterName}/${w.namespace}/${w.workloadKind}/${w.workloadName}`}
                className="border-slate-100 border-t"
              >
                <td className="py-2">
                  {w.workloadKind === "none" ? (
                    <span className="text-amber-700">Not mounted by any pod</span>
                  ) : (
                    <>
                      <span className="text-slate-500">{w.workloadKind}/</span>
                      {w.workloadName}
                    </>
                  )}
                  <span className="ml-2 text-slate-500 text-xs">
                    {w.namespace} · {w.clusterName}
                  </span>
                </td>
                <td className="py-2 text-right tabular-nums">{Number(w.podHours).toLocaleString("en-US")}</td>
                <td className="py-2 text-right tabular-nums">{formatMoney(w.total, result.currency)}</td>
              </tr>
            ))}
            {notSplit !== "0" && (
              <tr className="border-slate-100 border-t text-slate-500">
                <td className="py-2">Not split by workload (snapshots, usage-billed shares)</td>
                <td />
                <td className="py-2 text-right tabular-nums">{formatMoney(notSplit, result.currency)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      {workloadCount > items.length && (
        <p className="mt-2 text-slate-500 text-xs">
          The {items.length} largest of {workloadCount} workloads.
        </p>
      )}
    </section>
  );
}

export function ResourceTable(props: {
  resources: OwnerResource[];
  currency: string;
  window: Record<string, string>;
  testId: string;
}) {
  return (
    <TableScroll>
      <table className="mt-3 w-full text-sm" data-testid={props.testId}>
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-2 font-medium">Volume</th>
            <th className="py-2 font-medium">Storage class</th>
            <th className="py-2 font-medium">Phase</th>
            <th className="py-2 text-right font-medium">Cost</th>
          </tr>
        </thead>
        <tbody>
          {props.resources.map((r) => (
            <tr
              key={`${r.clusterName}/${r.resourceKind}/${r.resourceUid}`}
              className="border-slate-100 border-t"
              data-testid="resource-row"
            >
              <td className="py-2">
                {r.resourceKind === "PersistentVolume" ? (
                  <Link
                    className="text-blue-800 hover:underline"
                    href={volumeHref(props.window, r.clusterName, r.resourceUid)}
                    data-testid="volume-link"
                  >
                    {r.name ?? r.resourceUid}
                  </Link>
                ) : (
                  <span>
                    {r.name ?? r.resourceUid} <span className="text-slate-500 text-xs">snapshot</span>
                  </span>
                )}
                <span className="ml-2 text-slate-500 text-xs">
                  {r.namespace} · {r.clusterName}
                </span>
              </td>
              <td className="py-2">{r.storageClassName ?? "—"}</td>
              <td className="py-2">{r.phase ?? (r.resourceKind === "PersistentVolume" ? "gone" : "—")}</td>
              <td className="py-2 text-right">
                <MoneyLink
                  amount={r.total}
                  currency={props.currency}
                  href={factsHref(props.window, {
                    cluster: r.clusterName,
                    resourceKind: r.resourceKind,
                    resourceUid: r.resourceUid,
                    label: r.name ?? r.resourceUid,
                  })}
                />
                {r.estimated && <span className="ml-1 text-amber-700 text-xs">est.</span>}
                {r.unpricedResourceDays > 0 && <span className="ml-1 text-rose-700 text-xs">+ unpriced</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function OwnerResources(props: Props & { onPage: (page: number) => void }) {
  const { topResources, likelyOwned, currency } = props.result;
  return (
    <>
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="font-medium text-lg">Volumes and snapshots, most expensive first</h2>
        <ResourceTable
          resources={topResources.items}
          currency={currency}
          window={props.window}
          testId="top-volumes"
        />
        <Pager
          page={topResources.page}
          pageSize={topResources.pageSize}
          total={topResources.total}
          noun="resources"
          onPage={props.onPage}
        />
      </section>
      <section id="likely-owned" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="font-medium text-lg">Unallocated, likely theirs</h2>
        <p className="mt-1 text-slate-500 text-sm">
          Released or unbound volumes whose last claim was here: billed, but owned by nobody now. Not in the
          total above.
        </p>
        {likelyOwned.resources.length === 0 ? (
          <p className="mt-3 text-slate-500 text-sm">None in this window.</p>
        ) : (
          <ResourceTable
            resources={likelyOwned.resources}
            currency={currency}
            window={props.window}
            testId="likely-owned"
          />
        )}
      </section>
    </>
  );
}
