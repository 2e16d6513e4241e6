import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { type Column, csvMoney } from "@/components/ui/table-model";
import { priceCoverage } from "@/lib/costing/cost-amount";
import { dec } from "@/lib/pricing/decimal";
import type { ShowbackGroup, ShowbackResult } from "@/lib/services/showback/get-showback";
import { ChangeCell } from "./change-cell";
import { CostFigureLink } from "./cost-figure-link";
import { factsHref, namespaceHref, showbackHref, teamHref, volumesHref } from "./cost-links";
import { formatChange, formatPercent } from "./format-cost";
import { MoneyLink } from "./money-link";
import { ShowbackTotalRow } from "./showback-total-row";

export const GROUP_LABEL: Record<ShowbackResult["by"], string> = {
  cluster: "Cluster",
  namespace: "Namespace",
  team: "Team",
  "cost-centre": "Cost centre",
  "storage-class": "Storage class",
  category: "Category",
};

/** Where a group's name leads: its own page where it has one. */
function groupHref(
  result: ShowbackResult,
  group: ShowbackGroup,
  window: Record<string, string>,
): string | null {
  if (group.kind === "unallocated") return "#unallocated";
  switch (result.by) {
    case "cluster":
      return showbackHref(window, "namespace", group.key);
    case "namespace":
      return group.clusterName ? namespaceHref(window, group.clusterName, group.name) : null;
    case "team":
      return group.teamSlug ? teamHref(window, group.teamSlug) : null;
    case "storage-class":
      return volumesHref({ cluster: group.clusterName, storageClass: group.name });
    default:
      return null;
  }
}

/** An amount no price is known for (the row's total says how many resource-days): not $0.00. */
function UnknownCell() {
  return (
    <span className="text-slate-500" title="No known price">
      —
    </span>
  );
}

type FactsHref = (group: ShowbackGroup | null, extra?: Record<string, string>) => string;

/** A money column of the groups: a Decimal to sort on, the exact amount in the CSV, "unpriced" never 0. */
function moneyColumn(
  key: "allocated" | "unallocated",
  header: string,
  facts: FactsHref,
  currency: string,
): Column<ShowbackGroup> {
  return {
    key,
    header,
    align: "right",
    cell: (group) =>
      group.coverage === "unpriced" ? (
        <UnknownCell />
      ) : (
        <MoneyLink
          amount={group[key]}
          currency={currency}
          href={facts(group, { allocation: key })}
          muted={group[key] === "0"}
          testId={key === "unallocated" ? "unallocated" : undefined}
        />
      ),
    sortValue: (group) => (group.coverage === "unpriced" ? null : dec(group[key])),
    csvValue: (group) => csvMoney(group[key], group.coverage !== "unpriced"),
  };
}

function columns(
  result: ShowbackResult,
  window: Record<string, string>,
  facts: FactsHref,
): Column<ShowbackGroup>[] {
  const { currency, by } = result;
  return [
    {
      key: "group",
      header: GROUP_LABEL[by],
      cell: (group) => {
        const link = groupHref(result, group, window);
        return (
          <>
            {link ? (
              <Link
                href={link}
                className="font-medium text-blue-800 hover:underline"
                data-testid="group-link"
              >
                {group.name}
              </Link>
            ) : (
              <span className="font-medium">{group.name}</span>
            )}
            {group.clusterName && by !== "cluster" && (
              <span className="ml-2 text-slate-500 text-xs">{group.clusterName}</span>
            )}
            {group.kind === "unallocated" && (
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-800 text-xs">no owner</span>
            )}
          </>
        );
      },
      sortValue: (group) => group.name,
    },
    {
      key: "cluster",
      header: "Cluster",
      csvOnly: true,
      cell: (group) => group.clusterName,
      csvValue: (group) => group.clusterName,
    },
    {
      key: "total",
      header: "Total",
      align: "right",
      cell: (group) => (
        <CostFigureLink
          figure={group}
          currency={currency}
          href={facts(group)}
          unpricedHref={facts(group, { status: "unpriced" })}
          testId="total"
        />
      ),
      sortValue: (group) => (priceCoverage(group) === "unpriced" ? null : dec(group.total)),
      csvValue: (group) => csvMoney(group.total, priceCoverage(group) !== "unpriced"),
    },
    { key: "currency", header: "Currency", csvOnly: true, cell: () => currency, csvValue: () => currency },
    {
      key: "change",
      header: "Change",
      align: "right",
      cell: (group) => (
        <ChangeCell ratio={group.changeRatio} total={group.total} previous={group.previousTotal} />
      ),
      sortValue: (group) => group.changeRatio,
      csvValue: (group) => formatChange(group.changeRatio, group.total),
    },
    moneyColumn("allocated", "Allocated", facts, currency),
    moneyColumn("unallocated", "Unallocated", facts, currency),
    {
      key: "estimated",
      header: "Estimated",
      align: "right",
      cell: (group) =>
        group.estimated === "0" ? (
          <span className="text-slate-500">—</span>
        ) : (
          <Link
            href={facts(group, { status: "estimated" })}
            className="text-amber-700 hover:underline"
            title={`${group.estimated} ${currency}`}
          >
            {formatPercent(group.estimatedShare ?? 0)} est.
          </Link>
        ),
      sortValue: (group) => dec(group.estimated),
    },
    {
      key: "unpriced",
      header: "Unpriced resource-days",
      align: "right",
      testId: "unpriced",
      cell: (group) =>
        group.unpricedResourceDays === 0 ? (
          <span className="text-slate-500">—</span>
        ) : (
          <Link href={facts(group, { status: "unpriced" })} className="text-rose-700 hover:underline">
            {group.unpricedResourceDays} days
          </Link>
        ),
      sortValue: (group) => group.unpricedResourceDays,
    },
  ];
}

/**
 * One row per group with every figure linking to the facts behind it, sortable and exported as CSV
 * (exact amounts with their currency); the last row is the total over every group.
 */
export function ShowbackTable({
  result,
  window,
}: {
  result: ShowbackResult;
  window: Record<string, string>;
}) {
  const facts: FactsHref = (group, extra = {}) =>
    factsHref(window, {
      cluster: result.clusterName,
      ...(group ? { by: result.by, key: group.key, label: `${GROUP_LABEL[result.by]} ${group.name}` } : {}),
      ...extra,
    });
  return (
    <DataTable
      columns={columns(result, window, facts)}
      rows={result.groups}
      rowKey={(group) => group.key}
      rowTestId={(group) => `showback-row-${group.key}`}
      label={`Showback by ${GROUP_LABEL[result.by].toLowerCase()}`}
      noun="groups"
      pageSize={Math.max(result.groups.length, 1)}
      csvFileName={`showback-by-${result.by}.csv`}
      testId="showback-table"
      footer={<ShowbackTotalRow result={result} facts={facts} />}
    />
  );
}
