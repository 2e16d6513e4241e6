import type { Db } from "../../db/prisma";
import { DISPLAY_CURRENCY_KEY } from "./get-pricing-context";
import { isoDay } from "./price-rows";

export interface PricingSettings {
  displayCurrency: string;
  exchangeRates: { baseCurrency: string; quoteCurrency: string; effectiveFrom: string; rate: string }[];
}

/** The display currency (USD until set) and every exchange rate, newest first. */
export async function getPricingSettings(db: Db): Promise<PricingSettings> {
  const [setting, rates] = await Promise.all([
    db.setting.findUnique({ where: { key: DISPLAY_CURRENCY_KEY } }),
    db.exchangeRate.findMany({
      orderBy: [{ effectiveFrom: "desc" }, { baseCurrency: "asc" }, { quoteCurrency: "asc" }],
    }),
  ]);
  return {
    displayCurrency: typeof setting?.value === "string" ? setting.value : "USD",
    exchangeRates: rates.map((r) => ({
      baseCurrency: r.baseCurrency.trim(),
      quoteCurrency: r.quoteCurrency.trim(),
      effectiveFrom: isoDay(r.effectiveFrom),
      rate: r.rate.toFixed(),
    })),
  };
}
