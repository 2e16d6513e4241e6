import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMoney } from "@/lib/format-money";
import type { ShowbackResult } from "@/lib/services/showback/get-showback";
import { factsHref, namespaceHref, teamHref } from "./cost-links";

/** Unallocated spend by likely owner: the former claim's namespace of each released or unbound volume. */
export function UnallocatedOwners({
  result,
  window,
}: {
  result: ShowbackResult;
  window: Record<string, string>;
}) {
  const { items, ownerCount } = result.unallocatedByOwner;
  if (items.length === 0) return null;
  return (
    <section
      id="unallocated"
      className="rounded-lg border border-slate-200 bg-white p-5"
      data-testid="unallocated-owners"
    >
      <h2 className="font-medium text-lg">Unallocated, by likely owner</h2>
      <p className="mt-1 text-slate-500 text-sm">
        Volumes with no claim now (Released, Available) are billed all the same. Their former claim's
        namespace is the likely owner.
      </p>
      <TableScroll>
        <table className="mt-3 w-full text-sm">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-2 font-medium">Likely owner</th>
              <th className="py-2 font-medium">Team</th>
              <th className="py-2 text-right font-medium">Resource-days</th>
              <th className="py-2 text-right font-medium">Unallocated</th>
            </tr>
          </thead>
          <tbody>
            {items.map((owner) => (
              <tr key={`${owner.clusterName}/${owner.namespace}`} className="border-slate-100 border-t">
                <td className="py-2">
                  {owner.namespace ? (
                    <Link
                      className="text-blue-800 hover:underline"
                      href={namespaceHref(window, owner.clusterName, owner.namespace)}
                    >
                      {owner.namespace}
                    </Link>
                  ) : (
                    <span className="text-slate-500">never claimed</span>
                  )}
                  <span className="ml-2 text-slate-500 text-xs">{owner.clusterName}</span>
                </td>
                <td className="py-2">
                  {owner.teamSlug ? (
                    <Link className="text-blue-800 hover:underline" href={teamHref(window, owner.teamSlug)}>
                      {owner.teamName}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="py-2 text-right tabular-nums">{owner.resourceDays}</td>
                <td className="py-2 text-right">
                  <Link
                    className="text-blue-800 tabular-nums hover:underline"
                    href={factsHref(window, {
                      cluster: owner.clusterName,
                      allocation: "unallocated",
                      likelyOwner: owner.namespace,
                      label: `Unallocated, likely ${owner.namespace ?? "nobody"}`,
                    })}
                  >
                    {formatMoney(owner.total, result.currency)}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {ownerCount > items.length && (
        <p className="mt-2 text-slate-500 text-xs">
          The {items.length} largest of {ownerCount} likely owners.
        </p>
      )}
    </section>
  );
}
