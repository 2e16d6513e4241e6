import type { AlertRuleJson } from "@/lib/services/alerts/alert-json";
import type { TAlertRuleInput, TAlertRulePatch } from "@/lib/services/alerts/alert-params";
import type { AlertRuleFormValues } from "./alert-rule-form";

const given = (value: string) => (value.trim() === "" ? undefined : value.trim());
const isBudgetKind = (kind: string) => kind === "budget_actual" || kind === "budget_forecast";

/** POST /api/v1/alerts/rules from the form: the fields of the rule's kind, empty ones left out. */
export function alertRuleBody(v: AlertRuleFormValues): TAlertRuleInput {
  const budget = isBudgetKind(v.kind);
  const waste = v.kind === "waste";
  return {
    name: v.name,
    kind: v.kind,
    team: given(v.team),
    budget: budget ? given(v.budget) : undefined,
    threshold: budget ? given(v.threshold) : undefined,
    minAmount: waste ? given(v.minAmount) : undefined,
    currency: waste ? given(v.currency) : undefined,
    channels: v.channels,
  };
}

/** PATCH /api/v1/alerts/rules/{id} from the form: name, channels and the figures of the kind. */
export function alertRulePatch(rule: AlertRuleJson, v: AlertRuleFormValues): TAlertRulePatch {
  const budget = isBudgetKind(rule.kind);
  return {
    name: v.name,
    channels: v.channels,
    ...(budget ? { budget: given(v.budget) ?? null, threshold: v.threshold } : {}),
    ...(rule.kind === "waste" ? { minAmount: v.minAmount } : {}),
  };
}
