import type { SettingFieldKind, SettingGroup } from "./setting-group";

export interface SettingFieldView {
  name: string;
  label: string;
  kind: SettingFieldKind;
  /** The value in force; always null for a secret, which is never read back. */
  value: unknown;
  defaultValue: unknown;
  /** True when nobody set it (or what was stored is invalid): the default applies. */
  isDefault: boolean;
}

export interface SettingGroupView {
  key: string;
  title: string;
  description: string;
  fields: SettingFieldView[];
}

function storedObject(stored: unknown): Record<string, unknown> {
  return stored !== null && typeof stored === "object" && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)
    : {};
}

/** The group as a form shows it: each field's value in force and its default, secrets withheld. */
export function describeSettingGroup(group: SettingGroup, stored: unknown): SettingGroupView {
  const values = storedObject(stored);
  return {
    key: group.key,
    title: group.title,
    description: group.description,
    fields: group.fields.map((field) => {
      const isDefault = !(field.name in values) || !field.schema.safeParse(values[field.name]).success;
      const value = isDefault ? (group.defaults as Record<string, unknown>)[field.name] : values[field.name];
      return {
        name: field.name,
        label: field.label,
        kind: field.kind,
        value: field.kind === "secret" ? null : value,
        defaultValue: (group.defaults as Record<string, unknown>)[field.name],
        isDefault,
      };
    }),
  };
}

/** The stored object fit for the audit log: a secret reads "(set)", never its value. */
export function withoutSecrets(group: SettingGroup, stored: unknown): Record<string, unknown> {
  const values = { ...storedObject(stored) };
  for (const field of group.fields) {
    if (field.kind === "secret" && field.name in values) values[field.name] = "(set)";
  }
  return values;
}
