import Link from "next/link";
import type { ReactNode } from "react";

/** A figure of the Overview that links to the page behind it. */
export function LinkTile(props: {
  label: string;
  href: string;
  testId: string;
  value: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Link
      href={props.href}
      data-testid={props.testId}
      className="block rounded-lg border border-slate-200 bg-white p-5 hover:border-blue-300 hover:bg-blue-50/30"
    >
      <p className="text-slate-500 text-sm">{props.label}</p>
      <p className="mt-1 font-semibold text-2xl tabular-nums" data-testid="value">
        {props.value}
      </p>
      {props.children ? <div className="mt-1 text-slate-500 text-xs">{props.children}</div> : null}
    </Link>
  );
}
