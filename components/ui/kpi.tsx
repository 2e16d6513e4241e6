import type { ReactNode } from "react";

/** One headline figure with its label. */
export function Kpi(props: {
  label: string;
  value: ReactNode;
  testId?: string;
  title?: string;
  note?: ReactNode;
}) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-5" data-testid={props.testId}>
      <p className="text-slate-500 text-sm">{props.label}</p>
      <p className="mt-1 break-words font-semibold text-2xl tabular-nums sm:text-3xl" title={props.title}>
        {props.value}
      </p>
      {props.note ? <div className="mt-1 text-slate-500 text-xs">{props.note}</div> : null}
    </div>
  );
}

/** KPIs side by side on a wide screen, stacked one per row on a phone. */
export function KpiGrid(props: { children: ReactNode; columns?: 2 | 3 | 4 }) {
  const wide = {
    2: "sm:grid-cols-2",
    3: "sm:grid-cols-2 lg:grid-cols-3",
    4: "sm:grid-cols-2 lg:grid-cols-4",
  };
  return <div className={`grid grid-cols-1 gap-4 ${wide[props.columns ?? 4]}`}>{props.children}</div>;
}
