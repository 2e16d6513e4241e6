import { z } from "zod";
import {
  type CostWindow,
  MAX_WINDOW_DAYS,
  presetWindow,
  WINDOW_PRESETS,
  windowDays,
} from "@/lib/costing/cost-window";
import { ZCurrency, ZIsoDay } from "@/lib/services/showback/showback-params";

// The window every cost page keeps in its URL: a preset (7d, 30d, this month, last month) or
// custom from/to. Anything malformed falls back (.catch) instead of failing the page.

export const WINDOW_CHOICES = [...WINDOW_PRESETS, "custom"] as const;
export type WindowChoice = (typeof WINDOW_CHOICES)[number];

export const ZWindowSearchParams = z.object({
  window: z.enum(WINDOW_CHOICES).catch("30d").default("30d"),
  from: ZIsoDay.optional().catch(undefined),
  to: ZIsoDay.optional().catch(undefined),
  currency: ZCurrency.optional().catch(undefined),
});
export type TWindowSearchParams = z.infer<typeof ZWindowSearchParams>;

export const WINDOW_LABELS: Record<WindowChoice, string> = {
  "7d": "7 days",
  "30d": "30 days",
  "this-month": "This month",
  "last-month": "Last month",
  custom: "Custom",
};

/** The window the URL names; a custom window that is incomplete, reversed or too long is the last 30 days. */
export function resolveWindow(params: TWindowSearchParams, today: string): CostWindow {
  if (params.window !== "custom") return presetWindow(params.window, today);
  const { from, to } = params;
  if (from && to && from <= to && windowDays({ from, to }) <= MAX_WINDOW_DAYS) return { from, to };
  return presetWindow("30d", today);
}

/** The window part of a URL, to carry from page to page. */
export function windowSearch(params: TWindowSearchParams): Record<string, string> {
  const search: Record<string, string> = { window: params.window };
  if (params.window === "custom") {
    if (params.from) search.from = params.from;
    if (params.to) search.to = params.to;
  }
  if (params.currency) search.currency = params.currency;
  return search;
}

/** A URL with search parameters, leaving out empty ones. */
export function href(pathname: string, search: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  return query.size > 0 ? `${pathname}?${query}` : pathname;
}
