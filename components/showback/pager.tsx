import { formatCount } from "@/lib/format";

export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  noun: string;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <nav className="mt-4 flex items-center justify-between text-sm" aria-label="Pages">
      <span className="text-slate-500">
        {formatCount(props.total)} {props.noun} · page {props.page} of {pages}
      </span>
      <span className="space-x-2">
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1 disabled:opacity-40"
          disabled={props.page <= 1}
          onClick={() => props.onPage(props.page - 1)}
        >
          Previous
        </button>
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1 disabled:opacity-40"
          disabled={props.page >= pages}
          onClick={() => props.onPage(props.page + 1)}
        >
          Next
        </button>
      </span>
    </nav>
  );
}
