import Link from "next/link";
import { Fragment } from "react";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ChargebackReport } from "@/lib/costing/reports/chargeback-report";
import { formatMoney } from "@/lib/format-money";
import { lineAmount } from "./line-amount";
import { reportFactsHref } from "./report-links";
import { UnpricedNote } from "./unpriced-note";

/** Each team (or cost centre) with its namespaces under it: volumes, snapshots, total; each total opens its facts. */
export function ReportGroupsTable({ report }: { report: ChargebackReport }) {
  const money = (cents: string) => formatMoney(cents, report.currency);
  const label = report.by === "team" ? "Team" : "Cost centre";
  return (
    <TableScroll>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium">{label} / namespace</th>
            <th className="px-4 py-2 font-medium">Cluster</th>
            <th className="px-4 py-2 text-right font-medium">Volumes</th>
            <th className="px-4 py-2 text-right font-medium">Snapshots</th>
            <th className="px-4 py-2 text-right font-medium">Total</th>
          </tr>
        </thead>
        <tbody>
          {report.groups.map((group) => (
            <Fragment key={group.key}>
              <tr
                className="border-slate-200 border-t bg-slate-50 font-medium"
                data-testid={`report-group-${group.key}`}
              >
                <td className="px-4 py-2">
                  {group.name}
                  {group.kind === "unassigned" && (
                    <span className="ml-2 text-slate-500 text-xs">no {label.toLowerCase()} label</span>
                  )}
                </td>
                <td className="px-4 py-2 text-slate-500">{group.namespaces.length} namespace(s)</td>
                <td className="px-4 py-2 text-right tabular-nums">{money(group.volumes.cents)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{money(group.snapshots.cents)}</td>
                <td className="px-4 py-2 text-right tabular-nums" data-testid="group-total">
                  <Link
                    href={reportFactsHref(report, {
                      by: report.by,
                      key: group.key,
                      allocation: "allocated",
                      label: `${label} ${group.name}`,
                    })}
                    className="hover:underline"
                  >
                    {money(group.total.cents)}
                  </Link>
                </td>
              </tr>
              {group.namespaces.map((ns) => (
                <tr
                  key={`${ns.clusterName}/${ns.namespace}`}
                  className="border-slate-100 border-t"
                  data-testid={`report-namespace-${group.key}-${ns.clusterName}-${ns.namespace}`}
                >
                  <td className="py-1.5 pr-4 pl-8">
                    {ns.namespace}
                    <UnpricedNote
                      days={ns.unpricedResourceDays}
                      href={reportFactsHref(report, {
                        cluster: ns.clusterName,
                        namespace: ns.namespace ?? undefined,
                        status: "unpriced",
                        label: `${ns.clusterName}/${ns.namespace}: unpriced`,
                      })}
                    />
                  </td>
                  <td className="px-4 py-1.5 text-slate-600">{ns.clusterName}</td>
                  <td className="px-4 py-1.5 text-right tabular-nums">
                    {lineAmount(money, ns.volumes.cents, ns)}
                  </td>
                  <td className="px-4 py-1.5 text-right tabular-nums">
                    {lineAmount(money, ns.snapshots.cents, ns)}
                  </td>
                  <td className="px-4 py-1.5 text-right tabular-nums" data-testid="namespace-total">
                    <Link
                      href={reportFactsHref(report, {
                        cluster: ns.clusterName,
                        namespace: ns.namespace ?? undefined,
                        allocation: "allocated",
                        label: `${ns.clusterName}/${ns.namespace}`,
                      })}
                      className="hover:underline"
                    >
                      {lineAmount(money, ns.total.cents, ns)}
                    </Link>
                  </td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
