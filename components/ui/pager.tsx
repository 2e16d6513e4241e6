import type { ReactNode } from "react";
import { formatCount } from "@/lib/format";

/** Previous/Next for a server-paginated list, with "N things · page p of P" (and an optional note). */
export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  noun: string;
  onPage: (page: number) => void;
  note?: ReactNode;
  /** Show nothing when everything fits on one page. */
  hideWhenSingle?: boolean;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (props.hideWhenSingle && pages <= 1) return null;
  const button = "rounded-md border border-slate-300 px-3 py-1 disabled:opacity-40";
  return (
    <nav className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm" aria-label="Pages">
      <span className="text-slate-500">
        {formatCount(props.total)} {props.noun} · page {props.page} of {pages}
        {props.note}
      </span>
      <span className="space-x-2">
        <button
          type="button"
          className={button}
          disabled={props.page <= 1}
          onClick={() => props.onPage(props.page - 1)}
        >
          Previous
        </button>
        <button
          type="button"
          className={button}
          disabled={props.page >= pages}
          onClick={() => props.onPage(props.page + 1)}
        >
          Next
        </button>
      </span>
    </nav>
  );
}
