import type { ReactNode } from "react";

export function CostTile(props: { label: string; testId: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid={props.testId}>
      <p className="text-slate-500 text-sm">{props.label}</p>
      <p className="mt-1 font-semibold text-2xl tabular-nums">{props.children}</p>
      {props.note && <p className="mt-1 text-slate-500 text-xs">{props.note}</p>}
    </div>
  );
}
