import type { Db } from "../../db/prisma";
import { inForceText, sourceText } from "../../pricing/price-provenance";
import type { Provider } from "../../pricing/types";
import { UNIT_LABEL } from "../../pricing/units";
import { getPriceCatalog } from "../../services/pricing/get-price-catalog";
import { systemContext } from "../../services/service-context";
import { formatTable } from "./table";

export interface ListOptions {
  provider?: Provider;
  region?: string;
  product?: string;
  all?: boolean;
  format: "table" | "json";
}

/** `tierscope prices list`: catalog entries with their sources and dates. */
export async function listPrices(db: Db, options: ListOptions, today: string): Promise<string> {
  const catalog = await getPriceCatalog(db, {
    ctx: systemContext("prices list"),
    input: {
      provider: options.provider,
      region: options.region,
      product: options.product,
      all: options.all ? "true" : undefined,
      today,
    },
  });
  if (options.format === "json") return JSON.stringify(catalog, null, 2);
  const rows = catalog.entries.map((e) => [
    e.provider,
    e.region,
    e.product,
    e.component,
    e.tierMode === "flat" ? `${e.unitPrice} ${e.currency}` : `${e.tierMode} (${e.tiers.length} tiers)`,
    `per ${UNIT_LABEL[e.unit]}${e.includedQuantity !== "0" ? ` above ${e.includedQuantity}` : ""}`,
    inForceText(e),
    `${sourceText(e.source)}: ${e.source.description}${e.source.url ? ` (${e.source.url})` : ""}`,
  ]);
  const table = formatTable(
    ["PROVIDER", "REGION", "PRODUCT", "COMPONENT", "PRICE", "UNIT", "IN FORCE", "SOURCE"],
    rows,
  );
  const unpriced = catalog.unpricedProducts.map((p) => p.id);
  return [
    rows.length > 0 ? table : "No prices match.",
    unpriced.length > 0
      ? `\nRecognised but unpriced (refresh or add an override): ${unpriced.join(", ")}`
      : "",
  ].join("");
}
