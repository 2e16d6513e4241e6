import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ChargebackReport } from "@/lib/costing/reports/chargeback-report";
import { formatMoney } from "@/lib/format-money";
import { lineAmount } from "./line-amount";
import { reportFactsHref } from "./report-links";
import { UnpricedNote } from "./unpriced-note";

/** Unallocated costs, openly: the policy applied, and the costs by likely owner. */
export function ReportUnallocated({ report }: { report: ChargebackReport }) {
  const money = (cents: string) => formatMoney(cents, report.currency);
  const { unallocated } = report;
  return (
    <section className="space-y-3" data-testid="report-unallocated">
      <h2 className="font-semibold text-lg">Unallocated: {money(unallocated.total.cents)}</h2>
      <p className="max-w-3xl text-slate-600 text-sm" data-testid="unallocated-policy">
        <span className="font-medium">Policy: </span>
        {unallocated.policy}
      </p>
      {unallocated.owners.length === 0 ? (
        <p className="text-slate-500 text-sm">Nothing was unallocated this month.</p>
      ) : (
        <TableScroll>
          <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
            <thead className="text-left text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">Likely owner</th>
                <th className="px-4 py-2 font-medium">Cluster</th>
                <th className="px-4 py-2 text-right font-medium">Volumes</th>
                <th className="px-4 py-2 text-right font-medium">Snapshots</th>
                <th className="px-4 py-2 text-right font-medium">Total</th>
              </tr>
            </thead>
            <tbody>
              {unallocated.owners.map((owner) => (
                <tr
                  key={`${owner.clusterName}/${owner.namespace}`}
                  className="border-slate-100 border-t"
                  data-testid={`unallocated-owner-${owner.clusterName}-${owner.namespace ?? "none"}`}
                >
                  <td className="px-4 py-1.5">
                    {owner.namespace ?? "(never claimed)"}
                    <UnpricedNote
                      days={owner.unpricedResourceDays}
                      href={reportFactsHref(report, {
                        cluster: owner.clusterName,
                        likelyOwner: owner.namespace,
                        allocation: "unallocated",
                        status: "unpriced",
                        label: `Unallocated, likely ${owner.clusterName}/${owner.namespace ?? "(never claimed)"}: unpriced`,
                      })}
                    />
                    {owner.likelyOwnerTeam && (
                      <span className="ml-2 text-slate-500 text-xs">{owner.likelyOwnerTeam}</span>
                    )}
                  </td>
                  <td className="px-4 py-1.5 text-slate-600">{owner.clusterName}</td>
                  <td className="px-4 py-1.5 text-right tabular-nums">
                    {lineAmount(money, owner.volumes.cents, owner)}
                  </td>
                  <td className="px-4 py-1.5 text-right tabular-nums">
                    {lineAmount(money, owner.snapshots.cents, owner)}
                  </td>
                  <td className="px-4 py-1.5 text-right tabular-nums">
                    <Link
                      href={reportFactsHref(report, {
                        cluster: owner.clusterName,
                        likelyOwner: owner.namespace,
                        allocation: "unallocated",
                        label: `Unallocated, likely ${owner.clusterName}/${owner.namespace ?? "(never claimed)"}`,
                      })}
                      className="hover:underline"
                    >
                      {lineAmount(money, owner.total.cents, owner)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
