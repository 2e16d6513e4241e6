import type { Db } from "../../db/prisma";
import {
  type PriceCatalog,
  getPriceCatalog as readPriceCatalog,
} from "../../queries/pricing/get-price-catalog";
import type { ServiceCall } from "../service-context";
import type { TCatalogParams } from "./pricing-params";

export type { PriceCatalog } from "../../queries/pricing/get-price-catalog";

/** The price catalog with sources: list prices are public facts, so every signed-in actor reads them. */
export function getPriceCatalog(
  db: Db,
  { input }: ServiceCall<TCatalogParams & { today: string }>,
): Promise<PriceCatalog> {
  const { all, today, ...filter } = input;
  return readPriceCatalog(db, { ...filter, asOf: all === "true" ? undefined : today });
}
