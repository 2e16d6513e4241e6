import type { Db } from "../../db/prisma";
import { listPriceOverrides as readPriceOverrides } from "../../queries/pricing/list-price-overrides";
import type { PriceOverrideDto } from "../../queries/pricing/price-override-dto";
import type { ServiceCall } from "../service-context";

export type { PriceOverrideDto } from "../../queries/pricing/price-override-dto";

/** The organisation's negotiated prices and discounts: every signed-in actor reads what shapes its costs. */
export function listPriceOverrides(
  db: Db,
  _call: ServiceCall<Record<string, never>>,
): Promise<PriceOverrideDto[]> {
  return readPriceOverrides(db);
}
