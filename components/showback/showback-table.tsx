import Link from "next/link";
import type { ShowbackGroup, ShowbackResult } from "@/lib/services/showback/get-showback";
import { CostFigureLink } from "./cost-figure-link";
import { factsHref, namespaceHref, showbackHref, teamHref, volumesHref } from "./cost-links";
import { formatChange, formatPercent } from "./format-cost";
import { MoneyLink } from "./money-link";

const GROUP_LABEL: Record<ShowbackResult["by"], string> = {
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
    <span className="text-slate-400" title="No known price">
      —
    </span>
  );
}

function ChangeCell({ ratio, total, previous }: { ratio: number | null; total: string; previous: string }) {
  const text = formatChange(ratio, total);
  const colour =
    ratio === null || ratio === 0 ? "text-slate-500" : ratio > 0 ? "text-rose-700" : "text-emerald-700";
  return (
    <span className={`tabular-nums ${colour}`} title={`previous window: ${previous}`}>
      {text}
    </span>
  );
}

/** One row per group with every figure linking to the facts behind it; the last row is the total. */
export function ShowbackTable({
  result,
  window,
}: {
  result: ShowbackResult;
  window: Record<string, string>;
}) {
  const { currency, by } = result;
  const facts = (group: ShowbackGroup | null, extra: Record<string, string> = {}) =>
    factsHref(window, {
      cluster: result.clusterName,
      ...(group ? { by, key: group.key, label: `${GROUP_LABEL[by]} ${group.name}` } : {}),
      ...extra,
    });
  const t = result.totals;
  return (
    <table className="w-full text-sm" data-testid="showback-table">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="py-2 font-medium">{GROUP_LABEL[by]}</th>
          <th className="py-2 text-right font-medium">Total</th>
          <th className="py-2 text-right font-medium">Change</th>
          <th className="py-2 text-right font-medium">Allocated</th>
          <th className="py-2 text-right font-medium">Unallocated</th>
          <th className="py-2 text-right font-medium">Estimated</th>
          <th
            className="py-2 text-right font-medium"
            title="Resource-days with a component that has no price"
          >
            Unpriced
          </th>
        </tr>
      </thead>
      <tbody>
        {result.groups.map((group) => {
          const link = groupHref(result, group, window);
          const whollyUnpriced = group.coverage === "unpriced";
          return (
            <tr
              key={group.key}
              className="border-slate-100 border-t"
              data-testid={`showback-row-${group.key}`}
            >
              <td className="py-2">
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
                  <span className="ml-2 text-slate-400 text-xs">{group.clusterName}</span>
                )}
                {group.kind === "unallocated" && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-800 text-xs">
                    no owner
                  </span>
                )}
              </td>
              <td className="py-2 text-right">
                <CostFigureLink
                  figure={group}
                  currency={currency}
                  href={facts(group)}
                  unpricedHref={facts(group, { status: "unpriced" })}
                  testId="total"
                />
              </td>
              <td className="py-2 text-right">
                <ChangeCell ratio={group.changeRatio} total={group.total} previous={group.previousTotal} />
              </td>
              <td className="py-2 text-right">
                {whollyUnpriced ? (
                  <UnknownCell />
                ) : (
                  <MoneyLink
                    amount={group.allocated}
                    currency={currency}
                    href={facts(group, { allocation: "allocated" })}
                    muted={group.allocated === "0"}
                  />
                )}
              </td>
              <td className="py-2 text-right">
                {whollyUnpriced ? (
                  <UnknownCell />
                ) : (
                  <MoneyLink
                    amount={group.unallocated}
                    currency={currency}
                    href={facts(group, { allocation: "unallocated" })}
                    muted={group.unallocated === "0"}
                    testId="unallocated"
                  />
                )}
              </td>
              <td className="py-2 text-right">
                {group.estimated === "0" ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <Link
                    href={facts(group, { status: "estimated" })}
                    className="text-amber-700 hover:underline"
                    title={`${group.estimated} ${currency}`}
                  >
                    {formatPercent(group.estimatedShare ?? 0)} est.
                  </Link>
                )}
              </td>
              <td className="py-2 text-right" data-testid="unpriced">
                {group.unpricedResourceDays === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <Link href={facts(group, { status: "unpriced" })} className="text-rose-700 hover:underline">
                    {group.unpricedResourceDays} days
                  </Link>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="border-slate-300 border-t-2 font-semibold" data-testid="showback-total-row">
          <td className="py-2">
            Total{result.groupCount > result.groups.length ? ` (all ${result.groupCount} groups)` : ""}
          </td>
          <td className="py-2 text-right">
            <CostFigureLink
              figure={t}
              currency={currency}
              href={facts(null)}
              unpricedHref={facts(null, { status: "unpriced" })}
              testId="total"
            />
          </td>
          <td className="py-2 text-right">
            <ChangeCell ratio={t.changeRatio} total={t.total} previous={t.previousTotal} />
          </td>
          <td className="py-2 text-right">
            <MoneyLink
              amount={t.allocated}
              currency={currency}
              href={facts(null, { allocation: "allocated" })}
            />
          </td>
          <td className="py-2 text-right">
            <MoneyLink
              amount={t.unallocated}
              currency={currency}
              href={facts(null, { allocation: "unallocated" })}
            />
          </td>
          <td className="py-2 text-right text-amber-700">
            {t.estimatedShare ? `${formatPercent(t.estimatedShare)} est.` : "—"}
          </td>
          <td className="py-2 text-right text-rose-700">
            {t.unpricedResourceDays > 0 ? `${t.unpricedResourceDays} days` : "—"}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
