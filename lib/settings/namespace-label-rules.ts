import { z } from "zod";
import type { SettingGroup } from "./setting-group";

/** The Setting row naming which namespace labels give a namespace its team and cost centre. */
export const NAMESPACE_LABEL_RULES_KEY = "namespaces.labelRules";

export interface NamespaceLabelRules {
  /** Labels naming the owning team's slug, in order of preference. */
  teamLabels: string[];
  /** Labels naming the cost centre, in order of preference. */
  costCentreLabels: string[];
}

export const DEFAULT_NAMESPACE_LABEL_RULES: NamespaceLabelRules = {
  teamLabels: ["team", "owner-team", "app.kubernetes.io/team"],
  costCentreLabels: ["cost-centre", "cost-center", "costcenter", "cost_center"],
};

// A Kubernetes label key: an optional DNS prefix and a name of at most 63 characters.
const ZLabelKey = z
  .string()
  .trim()
  .regex(/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/, {
    error: "a label key such as team or example.com/team",
  });

export const NAMESPACE_LABEL_RULES_GROUP: SettingGroup = {
  key: NAMESPACE_LABEL_RULES_KEY,
  title: "Namespace ownership",
  description:
    "Which namespace labels name the owning team (its slug) and the cost centre, first match wins. " +
    "Applied at the next import; a namespace mapped by hand keeps its team.",
  fields: [
    { name: "teamLabels", label: "Team labels", kind: "list", schema: z.array(ZLabelKey).min(1).max(20) },
    {
      name: "costCentreLabels",
      label: "Cost centre labels",
      kind: "list",
      schema: z.array(ZLabelKey).min(1).max(20),
    },
  ],
  defaults: DEFAULT_NAMESPACE_LABEL_RULES,
};

/** The stored rules over the defaults; an invalid field keeps its default. */
export function parseNamespaceLabelRules(stored: unknown): NamespaceLabelRules {
  const rules = { ...DEFAULT_NAMESPACE_LABEL_RULES };
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return rules;
  for (const field of NAMESPACE_LABEL_RULES_GROUP.fields) {
    const parsed = field.schema.safeParse((stored as Record<string, unknown>)[field.name]);
    if (parsed.success) rules[field.name as keyof NamespaceLabelRules] = parsed.data as string[];
  }
  return rules;
}
