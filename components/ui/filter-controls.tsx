import type { ReactNode } from "react";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm sm:w-auto";

/** A row of filters that wraps onto several lines on a narrow screen. */
export function FilterBar(props: { children: ReactNode; label?: string }) {
  return (
    <fieldset className="flex min-w-0 flex-wrap items-end gap-3">
      <legend className="sr-only">{props.label ?? "Filters"}</legend>
      {props.children}
    </fieldset>
  );
}

/** A labelled drop-down; the empty value ("") means "any". */
export function SelectFilter(props: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  anyLabel?: string;
  testId?: string;
}) {
  return (
    <label className="text-slate-500 text-sm">
      {props.label}
      <select
        className={CONTROL}
        value={props.value}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.anyLabel ? <option value="">{props.anyLabel}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A labelled text search. */
export function SearchFilter(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  testId?: string;
}) {
  return (
    <label className="text-slate-500 text-sm">
      {props.label}
      <input
        type="search"
        className={CONTROL}
        value={props.value}
        placeholder={props.placeholder}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}
