"use client";
import { useState } from "react";
import type { CostWindow } from "@/lib/costing/cost-window";
import {
  type TWindowSearchParams,
  WINDOW_CHOICES,
  WINDOW_LABELS,
} from "../../lib/services/showback/window-page-params";

/** Window presets as a segmented control, and a custom from/to applied together. */
export function WindowPicker(props: {
  params: TWindowSearchParams;
  window: CostWindow;
  onChange: (next: Pick<TWindowSearchParams, "window" | "from" | "to">) => void;
}) {
  const [from, setFrom] = useState(props.window.from);
  const [to, setTo] = useState(props.window.to);
  const [custom, setCustom] = useState(props.params.window === "custom");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <fieldset
        className="inline-flex overflow-hidden rounded-md border border-slate-300 bg-white"
        aria-label="Window"
      >
        {WINDOW_CHOICES.map((choice) => {
          const active = choice === "custom" ? custom : !custom && props.params.window === choice;
          return (
            <button
              key={choice}
              type="button"
              aria-pressed={active}
              className={`px-3 py-1 ${active ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-50"}`}
              onClick={() => {
                if (choice === "custom") setCustom(true);
                else {
                  setCustom(false);
                  props.onChange({ window: choice, from: undefined, to: undefined });
                }
              }}
            >
              {WINDOW_LABELS[choice]}
            </button>
          );
        })}
      </fieldset>
      {custom && (
        <form
          className="flex items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            props.onChange({ window: "custom", from, to });
          }}
        >
          <input
            type="date"
            aria-label="From"
            className="rounded-md border border-slate-300 px-2 py-1"
            value={from}
            max={to}
            onChange={(e) => setFrom(e.target.value)}
          />
          <span className="text-slate-500">to</span>
          <input
            type="date"
            aria-label="To"
            className="rounded-md border border-slate-300 px-2 py-1"
            value={to}
            min={from}
            onChange={(e) => setTo(e.target.value)}
          />
          <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50">
            Apply
          </button>
        </form>
      )}
    </div>
  );
}
