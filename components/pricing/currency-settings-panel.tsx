"use client";
import { type FormEvent, useState } from "react";
import { useUpdatePricingSettings } from "@/hooks/queries/use-pricing-queries";
import type { PricingSettings } from "@/lib/services/pricing/get-pricing-settings";

const INPUT = "rounded border border-slate-300 px-2 py-1 text-sm";

export function CurrencySettingsPanel({ settings, today }: { settings: PricingSettings; today: string }) {
  const update = useUpdatePricingSettings();
  const [currency, setCurrency] = useState(settings.displayCurrency);
  const [rate, setRate] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      displayCurrency: currency,
      exchangeRate:
        rate && currency !== "USD"
          ? { baseCurrency: "USD", quoteCurrency: currency, rate, effectiveFrom: today }
          : undefined,
    });
  };

  return (
    <div>
      <form className="flex flex-wrap items-end gap-2" onSubmit={submit} aria-label="Display currency">
        <label className="flex flex-col text-slate-600 text-xs">
          Display currency
          <input
            className={`${INPUT} w-20`}
            value={currency}
            onChange={(e) => setCurrency(e.target.value.toUpperCase())}
          />
        </label>
        <label className="flex flex-col text-slate-600 text-xs">
          1 USD = (rate, from today)
          <input
            className={`${INPUT} w-28`}
            inputMode="decimal"
            placeholder="0.92"
            value={rate}
            onChange={(e) => setRate(e.target.value)}
          />
        </label>
        <button
          type="submit"
          className="rounded bg-slate-900 px-3 py-1 font-medium text-sm text-white"
          disabled={update.isPending}
        >
          Save
        </button>
      </form>
      {update.error ? (
        <p className="mt-2 text-red-700 text-sm" role="alert">
          {update.error.message}
        </p>
      ) : null}
      {settings.exchangeRates.length > 0 ? (
        <ul className="mt-3 text-slate-600 text-xs" data-testid="exchange-rates">
          {settings.exchangeRates.map((r) => (
            <li key={`${r.baseCurrency}-${r.quoteCurrency}-${r.effectiveFrom}`}>
              1 {r.baseCurrency} = {r.rate} {r.quoteCurrency} from {r.effectiveFrom}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-slate-500 text-xs">
          No exchange rates: amounts stay in each price's own currency (USD).
        </p>
      )}
    </div>
  );
}
