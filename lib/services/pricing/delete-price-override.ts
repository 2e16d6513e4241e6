import { z } from "zod";
import type { Db } from "../../db/prisma";
import { markCostsStale } from "../../queries/costs/costs-staleness";
import { deletePriceOverride as removePriceOverride } from "../../queries/pricing/delete-price-override";
import { toPriceOverrideDto } from "../../queries/pricing/price-override-dto";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

/** DELETE /api/v1/pricing/overrides/{id}: an override's id. */
export const ZPriceOverrideId = z.uuid();

/** Removes an override (admin only), audited with what it was; stored costs become stale. */
export async function deletePriceOverride(
  db: Db,
  { ctx, input }: ServiceCall<{ id: string }>,
): Promise<void> {
  assertRole(ctx, "admin");
  const before = await db.priceOverride.findUnique({ where: { id: input.id } });
  await removePriceOverride(db, input.id);
  await recordAudit(db, ctx, {
    action: "price_override.delete",
    targetType: "price_override",
    targetId: input.id,
    before: before ? toPriceOverrideDto(before) : null,
  });
  await markCostsStale(db, { reason: "price override deleted", now: new Date() });
}
