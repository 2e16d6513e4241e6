import type { Db } from "../../db/prisma";
import { markCostsStale } from "../../queries/costs/costs-staleness";
import {
  createPriceOverride as insertPriceOverride,
  type TCreatePriceOverride,
} from "../../queries/pricing/create-price-override";
import type { PriceOverrideDto } from "../../queries/pricing/price-override-dto";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

export { type TCreatePriceOverride, ZCreatePriceOverride } from "../../queries/pricing/create-price-override";

/** Adds a negotiated price or discount (admin only), audited; stored storage costs become stale. */
export async function createPriceOverride(
  db: Db,
  { ctx, input }: ServiceCall<TCreatePriceOverride>,
): Promise<PriceOverrideDto> {
  assertRole(ctx, "admin");
  const created = await insertPriceOverride(db, input);
  await recordAudit(db, ctx, {
    action: "price_override.create",
    targetType: "price_override",
    targetId: created.id,
    after: created,
  });
  // A GPU-hour price is read when GPU idle is computed; it changes no stored storage cost.
  if (created.component !== "gpu_hour") {
    await markCostsStale(db, {
      reason: `price override added (${created.storageClassName ?? created.product ?? created.provider ?? "all"})`,
      now: new Date(),
    });
  }
  return created;
}
