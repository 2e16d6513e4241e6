import type { Db } from "../../db/prisma";
import { markCostsStale } from "../../queries/costs/costs-staleness";
import { getPricingSettings, type PricingSettings } from "../../queries/pricing/get-pricing-settings";
import {
  type TUpdatePricingSettings,
  updatePricingSettings as writePricingSettings,
} from "../../queries/pricing/update-pricing-settings";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

export {
  type TUpdatePricingSettings,
  ZUpdatePricingSettings,
} from "../../queries/pricing/update-pricing-settings";

/** Changes the display currency or exchange rates (admin only), audited before and after. */
export async function updatePricingSettings(
  db: Db,
  { ctx, input }: ServiceCall<TUpdatePricingSettings>,
): Promise<PricingSettings> {
  assertRole(ctx, "admin");
  const before = await getPricingSettings(db);
  const settings = await writePricingSettings(db, input);
  await recordAudit(db, ctx, {
    action: "settings.update",
    targetType: "pricing_settings",
    before,
    after: settings,
  });
  await markCostsStale(db, { reason: "display currency or exchange rates changed", now: new Date() });
  return settings;
}
