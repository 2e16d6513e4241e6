import { z } from "zod";
import { isForbiddenAlertHost } from "../../alerts/forbidden-alert-address";
import { ZCurrency } from "../showback/showback-params";
import { ALERT_RULE_KINDS } from "./alert-kinds";

const ZName = z.string().trim().min(1).max(120);
const ZShare = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.\d{1,4})?$/, "a share of the budget such as 0.8 (80 %) or 1 (100 %)")
  .refine((v) => Number.parseFloat(v) > 0, "more than 0");
const ZAmount = z
  .string()
  .trim()
  .regex(/^\d{1,15}(\.\d{1,4})?$/, "an amount such as 50 or 49.90 (at most 4 decimals)");

/**
 * POST /api/v1/alerts/rules, `tierscope alerts rules create`. Budget rules take a threshold (and
 * optionally one budget by name); waste rules a least monthly amount and its currency.
 */
export const ZAlertRuleInput = z
  .object({
    name: ZName,
    kind: z.enum(ALERT_RULE_KINDS),
    team: z.string().trim().min(1).max(253).optional(),
    budget: z.string().trim().min(1).max(120).optional(),
    threshold: ZShare.optional(),
    minAmount: ZAmount.optional(),
    currency: ZCurrency.optional(),
    channels: z.array(ZName).min(1, "at least one channel").max(20),
  })
  .strict()
  .superRefine((value, ctx) => {
    const budgetKind = value.kind === "budget_actual" || value.kind === "budget_forecast";
    if (budgetKind && !value.threshold)
      ctx.addIssue({ code: "custom", path: ["threshold"], message: `required for a ${value.kind} rule` });
    if (!budgetKind && (value.threshold || value.budget))
      ctx.addIssue({ code: "custom", path: ["threshold"], message: "only for budget rules" });
    if (value.kind === "waste" && (!value.minAmount || !value.currency))
      ctx.addIssue({
        code: "custom",
        path: ["minAmount"],
        message: "required with currency for a waste rule",
      });
    if (value.kind !== "waste" && (value.minAmount || value.currency))
      ctx.addIssue({ code: "custom", path: ["minAmount"], message: "only for waste rules" });
  });
export type TAlertRuleInput = z.input<typeof ZAlertRuleInput>;

/**
 * PATCH /api/v1/alerts/rules/{id}: rename, re-route, change the figures or the watched budget (null:
 * every budget in the rule's scope), or mute until a time.
 */
export const ZAlertRulePatch = z
  .object({
    name: ZName,
    budget: z.string().trim().min(1).max(120).nullable(),
    threshold: ZShare,
    minAmount: ZAmount,
    channels: z.array(ZName).min(1, "at least one channel").max(20),
    mutedUntil: z.iso.datetime({ offset: true }).nullable(),
  })
  .partial()
  .strict();
export type TAlertRulePatch = z.input<typeof ZAlertRulePatch>;

/** A URL whose host, as written, is a link-local or metadata address (resolved names: at send time). */
function isMetadataUrl(url: string): boolean {
  if (!URL.canParse(url)) return false; // the URL check itself reports it
  return isForbiddenAlertHost(new URL(url).hostname);
}

const ZHttpsUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .refine((url) => !isMetadataUrl(url), "a link-local or cloud metadata address cannot receive alerts");

/** POST /api/v1/alerts/channels, `tierscope alerts channels create`. */
export const ZAlertChannelInput = z.discriminatedUnion("kind", [
  z.object({ name: ZName, kind: z.literal("email"), recipients: z.array(z.email()).min(1).max(50) }).strict(),
  z.object({ name: ZName, kind: z.literal("slack"), url: ZHttpsUrl }).strict(),
  z.object({ name: ZName, kind: z.literal("teams"), url: ZHttpsUrl }).strict(),
  z
    .object({
      name: ZName,
      kind: z.literal("webhook"),
      url: ZHttpsUrl,
      secret: z.string().min(16, "at least 16 characters").max(200),
    })
    .strict(),
]);
export type TAlertChannelInput = z.input<typeof ZAlertChannelInput>;

/** Ids are UUIDs: anything else names nothing (404), not a database error. */
export function isAlertId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}
