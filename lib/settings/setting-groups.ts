import { z } from "zod";
import { ANOMALY_SETTINGS_KEY, DEFAULT_ANOMALY_SETTINGS } from "../costing/anomalies/anomaly-settings";
import {
  DEFAULT_GPU_IDLE_SETTINGS,
  GPU_IDLE_SETTING_FIELDS,
  GPU_IDLE_SETTINGS_KEY,
} from "../costing/gpu/settings";
import {
  DEFAULT_RECOMMENDATION_THRESHOLDS,
  RECOMMENDATION_THRESHOLD_FIELDS,
  RECOMMENDATION_THRESHOLDS_KEY,
} from "../costing/recommendations/thresholds";
import {
  DEFAULT_WASTE_THRESHOLDS,
  WASTE_THRESHOLD_FIELDS,
  WASTE_THRESHOLDS_KEY,
} from "../costing/waste/thresholds";
import { EMAIL_DELIVERY_GROUP } from "./email-delivery-settings";
import { NAMESPACE_LABEL_RULES_GROUP } from "./namespace-label-rules";
import type { SettingField, SettingFieldKind, SettingGroup } from "./setting-group";

/** "oversizedUsedRatio" → "Oversized used ratio". */
function labelOf(name: string): string {
  const words = name.replace(/([A-Z])/g, " $1").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fieldsOf(
  schemas: Record<string, z.ZodType>,
  kinds: Record<string, SettingFieldKind> = {},
): SettingField[] {
  return Object.entries(schemas).map(([name, schema]) => ({
    name,
    label: labelOf(name),
    kind: kinds[name] ?? "number",
    schema,
  }));
}

/** Every group the Settings page, `tierscope settings` and /api/v1/settings edit, in page order. */
export const SETTING_GROUPS: readonly SettingGroup[] = [
  {
    key: WASTE_THRESHOLDS_KEY,
    title: "Waste thresholds",
    description: "When an unbound, unmounted, oversized volume or an old snapshot counts as waste.",
    fields: fieldsOf(WASTE_THRESHOLD_FIELDS),
    defaults: DEFAULT_WASTE_THRESHOLDS,
  },
  {
    key: RECOMMENDATION_THRESHOLDS_KEY,
    title: "Recommendation thresholds",
    description: "The guardrails a tier move, a cold checkpoint or a shared dataset must pass.",
    fields: fieldsOf(RECOMMENDATION_THRESHOLD_FIELDS),
    defaults: DEFAULT_RECOMMENDATION_THRESHOLDS,
  },
  {
    key: GPU_IDLE_SETTINGS_KEY,
    title: "GPU idle model",
    description:
      "When idle GPU time counts as waiting on storage, and the return a faster tier is assumed to bring.",
    fields: fieldsOf(GPU_IDLE_SETTING_FIELDS, { slowTierWithoutPressure: "boolean", slowProducts: "list" }),
    defaults: DEFAULT_GPU_IDLE_SETTINGS,
  },
  {
    key: ANOMALY_SETTINGS_KEY,
    title: "Anomaly detection",
    description: "The robust baseline a day's cost is judged against.",
    fields: fieldsOf(
      Object.fromEntries(Object.keys(DEFAULT_ANOMALY_SETTINGS).map((name) => [name, z.number().min(0)])),
    ),
    defaults: DEFAULT_ANOMALY_SETTINGS,
  },
  EMAIL_DELIVERY_GROUP,
  NAMESPACE_LABEL_RULES_GROUP,
];

export function findSettingGroup(key: string): SettingGroup | undefined {
  return SETTING_GROUPS.find((group) => group.key === key);
}
