import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { type Column, csvMoney } from "@/components/ui/table-model";
import { dec } from "@/lib/pricing/decimal";
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

function Resource({ fact, window }: { fact: CostFactItem; window: Record<string, string> }) {
  const name = fact.resourceName ?? fact.resourceUid;
  return (
    <>
      {fact.resourceKind !== "VolumeSnapshotContent" ? (
        <Link
          className="break-all text-blue-800 hover:underline"
          // A data-access fact's resource is "<volume uid>/<reading namespace>": it links to its volume.
          href={volumeHref(window, fact.clusterName, fact.resourceUid.split("/")[0] as string)}
        >
          {name}
        </Link>
      ) : (
        <span className="break-all">{name}</span>
      )}
      <div className="text-slate-500 text-xs">
        {fact.resourceKind === "VolumeSnapshotContent" ? "snapshot · " : ""}
        {fact.resourceKind === "VolumeDataAccess" ? "data access · " : ""}
        {fact.clusterName} · {ownerText(fact)}
        {fact.storageClassName ? ` · ${fact.storageClassName}` : ""}
      </div>
    </>
  );
}

function ownerText(fact: CostFactItem): string {
  if (fact.namespace) return fact.namespace;
  return fact.likelyOwnerNamespace ? `unallocated, likely ${fact.likelyOwnerNamespace}` : "unallocated";
}

function PriceSource({ fact }: { fact: CostFactItem }) {
  return (
    <div className="text-xs">
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
        <span className="text-slate-500">—</span>
      )}
      {fact.override && fact.price && (
        <div className="text-slate-500">
          {fact.override.kind === "discount" ? `discount ${fact.override.discountPercent}%` : "override"}
        </div>
      )}
    </div>
  );
}

const csvText = (
  text: (fact: CostFactItem) => string | null,
): Pick<Column<CostFactItem>, "cell" | "csvValue"> => ({
  cell: text,
  csvValue: text,
});

function columns(window: Record<string, string>): Column<CostFactItem>[] {
  return [
    {
      key: "day",
      header: "Day",
      cell: (fact) => <span className="whitespace-nowrap font-mono text-xs">{fact.day}</span>,
      sortValue: (fact) => fact.day,
    },
    { key: "cluster", header: "Cluster", csvOnly: true, ...csvText((fact) => fact.clusterName) },
    { key: "namespace", header: "Namespace", csvOnly: true, ...csvText(ownerText) },
    { key: "kind", header: "Kind", csvOnly: true, ...csvText((fact) => fact.resourceKind) },
    {
      key: "resource",
      header: "Resource",
      cell: (fact) => <Resource fact={fact} window={window} />,
      sortValue: (fact) => fact.resourceName ?? fact.resourceUid,
    },
    { key: "uid", header: "Resource uid", csvOnly: true, ...csvText((fact) => fact.resourceUid) },
    {
      key: "storageClass",
      header: "Storage class",
      csvOnly: true,
      ...csvText((fact) => fact.storageClassName),
    },
    {
      key: "component",
      header: "Component",
      cell: (fact) => (
        <>
          {fact.component}
          <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${STATUS_STYLE[fact.status] ?? ""}`}>
            {fact.status}
          </span>
        </>
      ),
      sortValue: (fact) => fact.component,
    },
    { key: "status", header: "Status", csvOnly: true, ...csvText((fact) => fact.status) },
    {
      key: "formula",
      header: "Price × quantity × hours = cost",
      cell: (fact) => (
        <>
          <FactFormula fact={fact} />
          {fact.status === "estimated" && fact.reason && (
            <div className="text-amber-700 text-xs">{fact.reason}</div>
          )}
          <Detail detail={fact.detail} />
        </>
      ),
      sortValue: (fact) => (fact.cost === null ? null : dec(fact.cost)),
      // An included component's price is in its instance's: neither a cost of its own nor unpriced.
      csvValue: (fact) =>
        fact.status === "included" && fact.cost === null
          ? "included"
          : csvMoney(fact.cost, fact.cost !== null),
    },
    { key: "currency", header: "Currency", csvOnly: true, ...csvText((fact) => fact.currency) },
    { key: "unitPrice", header: "Unit price", csvOnly: true, ...csvText((fact) => fact.unitPrice) },
    { key: "quantity", header: "Quantity", csvOnly: true, ...csvText((fact) => fact.quantity) },
    { key: "unit", header: "Unit", csvOnly: true, ...csvText((fact) => fact.unit) },
    { key: "hours", header: "Hours", csvOnly: true, ...csvText((fact) => fact.hours) },
    {
      key: "source",
      header: "Price source",
      cell: (fact) => <PriceSource fact={fact} />,
      csvValue: (fact) =>
        fact.price?.source.description ?? (fact.override ? `override (${fact.override.kind})` : null),
    },
  ];
}

/**
 * Every fact with its formula and the price's source: why each cost is what it is. The page's facts
 * sort in place and export as CSV, each cost its exact decimal with its currency ("unpriced", not 0).
 */
export function FactsTable({ items, window }: { items: CostFactItem[]; window: Record<string, string> }) {
  return (
    <DataTable
      columns={columns(window)}
      rows={items}
      rowKey={(fact) =>
        `${fact.clusterName}/${fact.resourceKind}/${fact.resourceUid}/${fact.day}/${fact.component}`
      }
      rowTestId={() => "fact-row"}
      label="Cost facts"
      noun="facts"
      pageSize={Math.max(items.length, 1)}
      csvFileName="cost-facts.csv"
      testId="facts-table"
    />
  );
}
