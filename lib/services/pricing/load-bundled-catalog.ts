import type { Db } from "../../db/prisma";
import {
  type LoadCatalogResult,
  loadBundledCatalog as writeBundledCatalog,
} from "../../queries/pricing/load-bundled-catalog";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

/**
 * Loads the bundled price catalog into the database, idempotently (see the query). Prices are an
 * admin's: the CLI and jobs run it with systemContext.
 */
export function loadBundledCatalog(
  db: Db,
  { ctx, input }: ServiceCall<{ now: Date }>,
): Promise<LoadCatalogResult> {
  assertRole(ctx, "admin");
  return writeBundledCatalog(db, input);
}
