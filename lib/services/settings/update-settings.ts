import type { Db } from "../../db/prisma";
import { readSettingValues } from "../../queries/settings/read-setting-values";
import { writeSettingValue } from "../../queries/settings/write-setting-value";
import { applySettingsPatch } from "../../settings/apply-settings-patch";
import {
  describeSettingGroup,
  type SettingGroupView,
  withoutSecrets,
} from "../../settings/describe-setting-group";
import { findSettingGroup, SETTING_GROUPS } from "../../settings/setting-groups";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";
import { InvalidInputError } from "../service-errors";
import { type TUpdateSettings, ZUpdateSettings } from "./settings-params";

/**
 * Changes fields of one settings group (admin only). Every field is validated before anything is
 * written; the change and its audit record (before and after, secrets as "(set)") land together,
 * and the same values again write nothing.
 */
export async function updateSettings(
  db: Db,
  { ctx, input }: ServiceCall<TUpdateSettings>,
): Promise<SettingGroupView> {
  assertRole(ctx, "admin");
  const { key, values } = ZUpdateSettings.parse(input);
  const group = findSettingGroup(key);
  if (!group) {
    const keys = SETTING_GROUPS.map((candidate) => candidate.key).join(", ");
    throw new InvalidInputError(`settings: no group "${key}" (the groups are ${keys})`);
  }
  return db.$transaction(async (tx) => {
    const before = (await readSettingValues(tx, [key])).get(key);
    const outcome = applySettingsPatch(group, before, values);
    if (!outcome.ok) throw new InvalidInputError(outcome.message);
    if (!sameValues(before ?? {}, outcome.value)) {
      await writeSettingValue(tx, key, outcome.value);
      await recordAudit(tx, ctx, {
        action: "settings.update",
        targetType: "setting",
        targetId: key,
        before: withoutSecrets(group, before),
        after: withoutSecrets(group, outcome.value),
      });
    }
    return describeSettingGroup(group, outcome.value);
  });
}

/** jsonb does not keep key order: compare objects key by key. */
function sameValues(a: unknown, b: Record<string, unknown>): boolean {
  const sorted = (value: unknown) =>
    JSON.stringify(Object.entries(value as object).sort(([x], [y]) => (x < y ? -1 : 1)));
  return sorted(a) === sorted(b);
}
