"use client";
import { type FormEvent, useState } from "react";
import { useUpdateSettings } from "@/hooks/queries/use-settings-queries";
import type { SettingFieldView, SettingGroupView } from "@/lib/settings/describe-setting-group";

const INPUT = "w-full rounded border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-50";

/** A field's value as the form's text ("" for unset, "a, b" for a list). */
function textOf(field: SettingFieldView): string {
  if (field.value === null || field.value === undefined) return "";
  return Array.isArray(field.value) ? field.value.join(", ") : String(field.value);
}

/** Only the fields edited: blank → null (the default); a blank secret stays as it is. */
function changedValues(fields: SettingFieldView[], texts: Record<string, string>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const text = texts[field.name] ?? "";
    if (field.kind === "secret") {
      if (text !== "") values[field.name] = text;
    } else if (text !== textOf(field)) {
      values[field.name] = text.trim() === "" ? null : text;
    }
  }
  return values;
}

export function SettingGroupForm({
  group,
  canEdit,
}: {
  group: SettingGroupView & { overriddenBy: Record<string, string> };
  canEdit: boolean;
}) {
  const update = useUpdateSettings();
  const initial = () =>
    Object.fromEntries(
      group.fields.map((field) => [field.name, field.kind === "secret" ? "" : textOf(field)]),
    );
  const [texts, setTexts] = useState<Record<string, string>>(initial);
  const set = (name: string, text: string) => setTexts((current) => ({ ...current, [name]: text }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ key: group.key, values: changedValues(group.fields, texts) });
  };

  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="font-medium text-lg">{group.title}</h2>
      <p className="text-slate-500 text-sm">{group.description}</p>
      <form aria-label={group.title} onSubmit={submit} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {group.fields.map((field) => (
            <label
              key={field.name}
              htmlFor={`${group.key}.${field.name}`}
              className="flex flex-col gap-1 text-slate-600 text-xs"
            >
              {field.label}
              {field.kind === "boolean" ? (
                <select
                  id={`${group.key}.${field.name}`}
                  className={INPUT}
                  disabled={!canEdit}
                  value={texts[field.name]}
                  onChange={(e) => set(field.name, e.target.value)}
                >
                  <option value="true">yes</option>
                  <option value="false">no</option>
                </select>
              ) : (
                <input
                  id={`${group.key}.${field.name}`}
                  className={INPUT}
                  disabled={!canEdit}
                  type={field.kind === "secret" ? "password" : "text"}
                  inputMode={field.kind === "number" ? "decimal" : undefined}
                  autoComplete="off"
                  placeholder={
                    field.kind === "secret"
                      ? field.isDefault
                        ? "not set"
                        : "set (type to replace)"
                      : field.defaultValue === null
                        ? "not set"
                        : `default ${String(field.defaultValue)}`
                  }
                  value={texts[field.name]}
                  onChange={(e) => set(field.name, e.target.value)}
                />
              )}
              <span className="text-slate-500">
                {group.key}.{field.name}
                {group.overriddenBy[field.name] ? ` · overridden by ${group.overriddenBy[field.name]}` : ""}
                {field.isDefault || field.kind === "secret" ? "" : " · changed"}
              </span>
            </label>
          ))}
        </div>
        {canEdit ? (
          <div className="flex items-center gap-3">
            <button
              type="submit"
              className="rounded bg-slate-900 px-3 py-1 font-medium text-sm text-white"
              disabled={update.isPending}
            >
              Save {group.title.toLowerCase()}
            </button>
            {update.isSuccess ? (
              <span role="status" className="text-emerald-700 text-sm">
                Saved
              </span>
            ) : null}
          </div>
        ) : null}
        {update.error ? (
          <p className="text-red-700 text-sm" role="alert">
            {update.error.message}
          </p>
        ) : null}
      </form>
    </section>
  );
}
