"use client";
import { type FormEvent, useState } from "react";

export interface PolicyValues {
  keepLast?: number;
  keepYoungerThanDays?: number;
}

const parse = (value: string) => {
  const n = Number(value);
  return value.trim() !== "" && Number.isInteger(n) && n >= 1 ? n : undefined;
};

/** Keep the last N and/or those younger than D days; applying it writes the policy to the URL. */
export function RetentionPolicyForm(props: {
  initial: PolicyValues;
  onApply: (policy: PolicyValues) => void;
  onClear: () => void;
}) {
  const [keepLast, setKeepLast] = useState(props.initial.keepLast?.toString() ?? "");
  const [days, setDays] = useState(props.initial.keepYoungerThanDays?.toString() ?? "");
  const policy = { keepLast: parse(keepLast), keepYoungerThanDays: parse(days) };
  const invalid =
    (keepLast !== "" && policy.keepLast === undefined) ||
    (days !== "" && policy.keepYoungerThanDays === undefined);
  const empty = policy.keepLast === undefined && policy.keepYoungerThanDays === undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid && !empty) props.onApply(policy);
  };
  const applied = props.initial.keepLast !== undefined || props.initial.keepYoungerThanDays !== undefined;
  return (
    <form className="flex flex-wrap items-end gap-4" onSubmit={submit} aria-label="Retention policy">
      <label className="text-sm">
        <span className="mb-1 block text-slate-500 text-xs">Keep the last N snapshots</span>
        <input
          className="w-28 rounded-md border border-slate-300 bg-white px-2 py-1 tabular-nums"
          inputMode="numeric"
          placeholder="e.g. 7"
          value={keepLast}
          onChange={(e) => setKeepLast(e.target.value)}
          aria-label="Keep last"
        />
      </label>
      <span className="pb-1.5 text-slate-500 text-sm">and/or</span>
      <label className="text-sm">
        <span className="mb-1 block text-slate-500 text-xs">Keep those younger than (days)</span>
        <input
          className="w-28 rounded-md border border-slate-300 bg-white px-2 py-1 tabular-nums"
          inputMode="numeric"
          placeholder="e.g. 14"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          aria-label="Keep younger than days"
        />
      </label>
      <button
        type="submit"
        className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-sm text-white disabled:opacity-40"
        disabled={invalid || empty}
      >
        Apply what-if
      </button>
      {applied && (
        <button
          type="button"
          className="px-2 py-1.5 text-slate-600 text-sm hover:underline"
          onClick={props.onClear}
        >
          Clear
        </button>
      )}
      {invalid && <p className="w-full text-red-700 text-xs">Whole numbers of 1 or more.</p>}
    </form>
  );
}
