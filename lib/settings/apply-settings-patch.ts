import type { SettingField, SettingGroup } from "./setting-group";

export type SettingsPatch = Readonly<Record<string, unknown>>;

export type PatchOutcome =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly message: string };

/**
 * A form or command line sends text: "14" for a number, "true" for a switch, "a, b" for a list.
 * Anything that does not read as its kind is left as it is, for the schema to refuse by name.
 */
function fromText(field: SettingField, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  switch (field.kind) {
    case "number":
      return text !== "" && Number.isFinite(Number(text)) ? Number(text) : value;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : value;
    case "list":
      return text
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");
    default:
      return value;
  }
}

/**
 * The group's stored object with the patch applied: each named field validated by its schema
 * (null resets it to the default). The first bad field is refused with its full name, and then
 * nothing is changed.
 */
export function applySettingsPatch(group: SettingGroup, stored: unknown, patch: SettingsPatch): PatchOutcome {
  const value: Record<string, unknown> =
    stored !== null && typeof stored === "object" && !Array.isArray(stored) ? { ...stored } : {};
  for (const [name, raw] of Object.entries(patch)) {
    const field = group.fields.find((candidate) => candidate.name === name);
    if (!field) {
      const names = group.fields.map((candidate) => candidate.name).join(", ");
      return { ok: false, message: `${group.key}.${name}: no such setting (the fields are ${names})` };
    }
    if (raw === null) {
      delete value[name];
      continue;
    }
    const parsed = field.schema.safeParse(fromText(field, raw));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = [group.key, name, ...(issue?.path ?? [])].join(".");
      return { ok: false, message: `${where}: ${issue?.message ?? "invalid"}` };
    }
    value[name] = parsed.data;
  }
  return { ok: true, value };
}
