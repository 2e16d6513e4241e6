import type { Db } from "../../db/prisma";
import {
  type PricingSettings,
  getPricingSettings as readPricingSettings,
} from "../../queries/pricing/get-pricing-settings";
import type { ServiceCall } from "../service-context";

export type { PricingSettings } from "../../queries/pricing/get-pricing-settings";

/** The display currency and exchange rates every figure is shown in. */
export function getPricingSettings(
  db: Db,
  _call: ServiceCall<Record<string, never>>,
): Promise<PricingSettings> {
  return readPricingSettings(db);
}
