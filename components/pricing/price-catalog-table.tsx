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

export function PriceCatalogTable({ entries }: { entries: SerializedCatalogPrice[] }) {
  return (
    <table className="mt-3 w-full text-xs" data-testid="price-catalog">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="py-2 font-medium">Product</th>
          <th className="py-2 font-medium">Region</th>
          <th className="py-2 font-medium">Component</th>
          <th className="py-2 font-medium">Price</th>
          <th className="py-2 font-medium">In force</th>
          <th className="py-2 font-medium">Source</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr
            key={e.id}
            className="border-slate-100 border-t align-top"
            data-testid={`catalog-${e.provider}-${e.region}-${e.product}-${e.component}`}
          >
            <td className="py-1.5 pr-2 font-mono">{e.product}</td>
            <td className="py-1.5 pr-2">{e.region}</td>
            <td className="py-1.5 pr-2">{e.component}</td>
            <td className="py-1.5 pr-2 tabular-nums" data-testid="catalog-price">
              {price(e)} / {UNIT_LABEL[e.unit]}
              {e.includedQuantity !== "0" ? ` above ${e.includedQuantity}` : ""}
            </td>
            <td className="py-1.5 pr-2" data-testid="catalog-in-force">
              {inForceText(e)}
            </td>
            <td className="py-1.5" data-testid="catalog-source">
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
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
