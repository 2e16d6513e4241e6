import type { ReactNode } from "react";

/** The white bordered panel pages group things in; a title makes it a labelled section. */
export function Card(props: {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  testId?: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section
      className={`min-w-0 rounded-lg border border-slate-200 bg-white p-5 ${props.className ?? ""}`}
      data-testid={props.testId}
    >
      {props.title || props.actions ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {props.title ? <h2 className="font-medium text-lg">{props.title}</h2> : null}
          {props.actions}
        </div>
      ) : null}
      {props.description ? <p className="mt-1 text-slate-500 text-sm">{props.description}</p> : null}
      {props.children}
    </section>
  );
}
