import type { Db } from "../../db/prisma";
import {
  type ImportRefreshResult,
  importRefreshedPrices as writeRefreshedPrices,
} from "../../queries/pricing/import-refreshed-prices";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

/** Stores one dated refresh of a provider's list prices (see the query): prices are an admin's. */
export function importRefreshedPrices(
  db: Db,
  { ctx, input }: ServiceCall<Parameters<typeof writeRefreshedPrices>[1]>,
): Promise<ImportRefreshResult> {
  assertRole(ctx, "admin");
  return writeRefreshedPrices(db, input);
}
