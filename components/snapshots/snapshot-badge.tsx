import type { ReactNode } from "react";

const TONE = {
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  slate: "bg-slate-50 text-slate-700 ring-slate-200",
  violet: "bg-violet-50 text-violet-800 ring-violet-200",
  emerald: "bg-emerald-50 text-emerald-800 ring-emerald-200",
} as const;

/** A small label beside a figure: "estimated", "unpriced", an orphan flag. */
export function SnapshotBadge(props: {
  tone: keyof typeof TONE;
  children: ReactNode;
  title?: string;
  testId?: string;
  /** Let a long label wrap (narrow table cells). */
  wrap?: boolean;
}) {
  return (
    <span
      className={`inline-block ${props.wrap ? "" : "whitespace-nowrap"} rounded px-1.5 py-0.5 font-medium text-xs ring-1 ring-inset ${TONE[props.tone]}`}
      title={props.title}
      data-testid={props.testId}
    >
      {props.children}
    </span>
  );
}
