import type { Db } from "../../db/prisma";
import type { PricingSettings } from "../../queries/pricing/get-pricing-settings";
import { getPricingSettings } from "../../queries/pricing/get-pricing-settings";
import { readSettingValues } from "../../queries/settings/read-setting-values";
import { describeSettingGroup, type SettingGroupView } from "../../settings/describe-setting-group";
import { EMAIL_DELIVERY_ENV, EMAIL_DELIVERY_KEY } from "../../settings/email-delivery-settings";
import { SETTING_GROUPS } from "../../settings/setting-groups";
import { hasRole, type ServiceCall } from "../service-context";

export interface SettingsView {
  groups: (SettingGroupView & { overriddenBy: Record<string, string> })[];
  pricing: PricingSettings;
  /** Whether the reader may change them (admins only). */
  canEdit: boolean;
}

/**
 * Every setting in force, for anyone signed in; email delivery (SMTP, public URL) for admins only.
 * Secrets are never returned. `overriddenBy` names the environment variable that wins over a field.
 */
export async function getSettings(
  db: Db,
  { ctx, input }: ServiceCall<{ env?: Record<string, string | undefined> }>,
): Promise<SettingsView> {
  const isAdmin = hasRole(ctx, "admin");
  const groups = SETTING_GROUPS.filter((group) => isAdmin || group.key !== EMAIL_DELIVERY_KEY);
  const env = input.env ?? process.env;
  const [stored, pricing] = await Promise.all([
    readSettingValues(
      db,
      groups.map((group) => group.key),
    ),
    getPricingSettings(db),
  ]);
  return {
    groups: groups.map((group) => ({
      ...describeSettingGroup(group, stored.get(group.key)),
      overriddenBy:
        group.key === EMAIL_DELIVERY_KEY
          ? Object.fromEntries(Object.entries(EMAIL_DELIVERY_ENV).filter(([, name]) => env[name]))
          : {},
    })),
    pricing,
    canEdit: isAdmin,
  };
}
