import { z } from "zod";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { DISPLAY_CURRENCY_KEY } from "./get-pricing-context";
import { getPricingSettings, type PricingSettings } from "./get-pricing-settings";
import { dayDate } from "./price-rows";

const ZCurrency = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "a three-letter ISO 4217 code such as EUR");

export const ZUpdatePricingSettings = z.object({
  displayCurrency: ZCurrency.optional(),
  /** 1 base = rate quote, in force from effectiveFrom; the same day again replaces the rate. */
  exchangeRate: z
    .object({
      baseCurrency: ZCurrency,
      quoteCurrency: ZCurrency,
      rate: z
        .string()
        .trim()
        .regex(/^\d+(\.\d+)?$/, "a decimal number such as 0.92"),
      effectiveFrom: z.iso.date(),
    })
    .refine((r) => r.baseCurrency !== r.quoteCurrency, "base and quote currencies must differ")
    .refine((r) => Number(r.rate) > 0, "the rate must be above zero")
    .optional(),
});
export type TUpdatePricingSettings = z.input<typeof ZUpdatePricingSettings>;

/** Sets the display currency and/or records an exchange rate. */
export async function updatePricingSettings(db: Db, input: TUpdatePricingSettings): Promise<PricingSettings> {
  const data = ZUpdatePricingSettings.parse(input);
  await db.$transaction(async (tx) => {
    if (data.displayCurrency) {
      await tx.setting.upsert({
        where: { key: DISPLAY_CURRENCY_KEY },
        create: { key: DISPLAY_CURRENCY_KEY, value: data.displayCurrency },
        update: { value: data.displayCurrency },
      });
    }
    if (data.exchangeRate) {
      const { baseCurrency, quoteCurrency, effectiveFrom, rate } = data.exchangeRate;
      const id = { baseCurrency, quoteCurrency, effectiveFrom: dayDate(effectiveFrom) };
      await tx.exchangeRate.upsert({
        where: { baseCurrency_quoteCurrency_effectiveFrom: id },
        create: { ...id, rate: new Prisma.Decimal(rate) },
        update: { rate: new Prisma.Decimal(rate) },
      });
    }
  });
  return getPricingSettings(db);
}
