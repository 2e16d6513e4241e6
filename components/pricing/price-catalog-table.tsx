import { DataTable } from "@/components/ui/data-table";
import type { Column } from "@/components/ui/table-model";
import { formatUnitPrice } from "@/lib/format-money";
import { inForceText, sourceText } from "@/lib/pricing/price-provenance";
import type { SerializedCatalogPrice } from "@/lib/pricing/serialize";
import { UNIT_LABEL } from "@/lib/pricing/units";

function price(e: SerializedCatalogPrice) {
  if (e.tierMode === "flat" && e.unitPrice) return formatUnitPrice(e.unitPrice, e.currency);
  const known = e.tiers.filter((t) => t.tierPrice ?? t.unitPrice);
  if (e.tierMode === "size_step") {
    return `${known.map((t) => `${t.label} ${t.tierPrice}`).join(", ")} ${e.currency} (${e.tiers.length - known.length} tiers unpriced)`;
  }
  return `${known.map((t) => `${t.unitPrice} up to ${t.upTo ?? "∞"}`).join("; ")} ${e.currency}`;
}

function priceText(e: SerializedCatalogPrice): string {
  return `${price(e)} / ${UNIT_LABEL[e.unit]}${e.includedQuantity !== "0" ? ` above ${e.includedQuantity}` : ""}`;
}

const COLUMNS: Column<SerializedCatalogPrice>[] = [
  {
    key: "product",
    header: "Product",
    cell: (e) => <span className="font-mono">{e.product}</span>,
    sortValue: (e) => e.product,
  },
  { key: "region", header: "Region", cell: (e) => e.region, sortValue: (e) => e.region },
  { key: "component", header: "Component", cell: (e) => e.component, sortValue: (e) => e.component },
  { key: "price", header: "Price", testId: "catalog-price", cell: priceText, csvValue: priceText },
  {
    key: "inForce",
    header: "In force",
    testId: "catalog-in-force",
    cell: inForceText,
    csvValue: inForceText,
  },
  {
    key: "source",
    header: "Source",
    testId: "catalog-source",
    cell: (e) => (
      <>
        <span className="font-medium">{sourceText(e.source)}</span>
        <div className="max-w-md truncate text-slate-500" title={e.source.description}>
          {e.source.url ? (
            <a className="text-sky-700 underline" href={e.source.url} rel="noreferrer" target="_blank">
              {e.source.description}
            </a>
          ) : (
            e.source.description
          )}
        </div>
      </>
    ),
    sortValue: (e) => sourceText(e.source),
  },
];

/** The catalog's prices for the chosen filter (all of them, no pages), each with its source. */
export function PriceCatalogTable({ entries }: { entries: SerializedCatalogPrice[] }) {
  return (
    <div className="mt-3 text-xs">
      <DataTable
        columns={COLUMNS}
        rows={entries}
        rowKey={(e) => e.id}
        rowTestId={(e) => `catalog-${e.provider}-${e.region}-${e.product}-${e.component}`}
        label="Price catalog"
        noun="prices"
        pageSize={Math.max(entries.length, 1)}
        csvFileName="price-catalog.csv"
        testId="price-catalog"
      />
    </div>
  );
}
