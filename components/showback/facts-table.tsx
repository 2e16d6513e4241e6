import Link from "next/link";
import { gradeMeaning } from "@/lib/pricing/price-provenance";
import type { CostFactItem } from "@/lib/services/showback/list-cost-facts";
import { volumeHref } from "./cost-links";
import { FactFormula } from "./fact-formula";

const STATUS_STYLE: Record<string, string> = {
  priced: "bg-emerald-50 text-emerald-800",
  estimated: "bg-amber-50 text-amber-800",
  unpriced: "bg-rose-50 text-rose-800",
  included: "bg-slate-100 text-slate-700",
};

function Detail({ detail }: { detail: Record<string, unknown> }) {
  // Slices and the monthly price are already in the formula.
  const entries = Object.entries(detail).filter(([key]) => key !== "slices" && key !== "monthlyCost");
  if (entries.length === 0) return null;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-slate-500 text-xs">Tiers, discount, estimate inputs</summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs" data-testid="fact-detail">
        {entries.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-500">{key}</dt>
            <dd className="break-all font-mono">
              {typeof value === "string" ? value : JSON.stringify(value)}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** Every fact with its formula and the price's source: why each cost is what it is. */
export function FactsTable({ items, window }: { items: CostFactItem[]; window: Record<string, string> }) {
  return (
    <table className="w-full text-sm" data-testid="facts-table">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="py-2 font-medium">Day</th>
          <th className="py-2 font-medium">Resource</th>
          <th className="py-2 font-medium">Component</th>
          <th className="py-2 font-medium">Price × quantity × hours = cost</th>
          <th className="py-2 font-medium">Price source</th>
        </tr>
      </thead>
      <tbody>
        {items.map((fact) => (
          <tr
            key={`${fact.clusterName}/${fact.resourceKind}/${fact.resourceUid}/${fact.day}/${fact.component}`}
            className="border-slate-100 border-t align-top"
            data-testid="fact-row"
          >
            <td className="whitespace-nowrap py-2 pr-2 font-mono text-xs">{fact.day}</td>
            <td className="py-2">
              {fact.resourceKind !== "VolumeSnapshotContent" ? (
                <Link
                  className="text-blue-800 hover:underline"
                  // A data-access fact's resource is "<volume uid>/<reading namespace>": it links to its volume.
                  href={volumeHref(window, fact.clusterName, fact.resourceUid.split("/")[0] as string)}
                >
                  {fact.resourceName ?? fact.resourceUid}
                </Link>
              ) : (
                <span>{fact.resourceName ?? fact.resourceUid}</span>
              )}
              <div className="text-slate-400 text-xs">
                {fact.resourceKind === "VolumeSnapshotContent" ? "snapshot · " : ""}
                {fact.resourceKind === "VolumeDataAccess" ? "data access · " : ""}
                {fact.clusterName} ·{" "}
                {fact.namespace ??
                  (fact.likelyOwnerNamespace
                    ? `unallocated, likely ${fact.likelyOwnerNamespace}`
                    : "unallocated")}
                {fact.storageClassName ? ` · ${fact.storageClassName}` : ""}
              </div>
            </td>
            <td className="py-2">
              {fact.component}
              <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${STATUS_STYLE[fact.status] ?? ""}`}>
                {fact.status}
              </span>
            </td>
            <td className="py-2">
              <FactFormula fact={fact} />
              {fact.status === "estimated" && fact.reason && (
                <div className="text-amber-700 text-xs">{fact.reason}</div>
              )}
              <Detail detail={fact.detail} />
            </td>
            <td className="py-2 text-xs">
              {fact.price ? (
                <>
                  {fact.price.source.url ? (
                    <a
                      className="text-blue-800 hover:underline"
                      href={fact.price.source.url}
                      target="_blank"
                      rel="noreferrer"
                      data-testid="price-source"
                    >
                      {fact.price.source.description || fact.price.source.url}
                    </a>
                  ) : (
                    <span data-testid="price-source">{fact.price.source.description}</span>
                  )}
                  <div className="text-slate-500">
                    {fact.price.product} · {fact.price.region} · prices of {fact.price.source.date}
                    {fact.price.source.grade ? ` · ${gradeMeaning(fact.price.source.grade)}` : ""}
                  </div>
                </>
              ) : fact.override ? (
                <span>
                  override ({fact.override.kind}){fact.override.note ? `: ${fact.override.note}` : ""}
                </span>
              ) : (
                <span className="text-slate-400">—</span>
              )}
              {fact.override && fact.price && (
                <div className="text-slate-500">
                  {fact.override.kind === "discount"
                    ? `discount ${fact.override.discountPercent}%`
                    : "override"}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
