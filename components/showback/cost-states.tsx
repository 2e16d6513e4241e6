import Link from "next/link";
import type { CostWindow } from "@/lib/costing/cost-window";
import { formatWindow } from "./format-cost";

/** The shape of a cost page while it loads: grey blocks where the figures and chart will be. */
export function CostsLoading({ label }: { label: string }) {
  return (
    <div className="animate-pulse space-y-6" role="status" aria-busy="true" aria-label={label}>
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-24 rounded-lg bg-slate-200" />
        ))}
      </div>
      <div className="h-72 rounded-lg bg-slate-200" />
      <div className="h-48 rounded-lg bg-slate-200" />
    </div>
  );
}

/**
 * No facts in the window. Says so plainly, and offers the days that do have costs, or how to compute
 * them when there are none at all.
 */
export function NoCosts(props: {
  window: CostWindow;
  factDays: { first: string; last: string } | null;
  latestHref?: string;
}) {
  return (
    <section
      className="rounded-lg border border-slate-300 border-dashed bg-white p-8 text-center"
      data-testid="no-costs"
    >
      <p className="font-medium text-slate-800">No costs computed yet for this window</p>
      <p className="mt-1 text-slate-500 text-sm">{formatWindow(props.window)} has no cost facts.</p>
      {props.factDays ? (
        <p className="mt-3 text-sm">
          Costs exist from {props.factDays.first} to {props.factDays.last}.{" "}
          {props.latestHref && (
            <Link className="text-blue-700 hover:underline" href={props.latestHref}>
              Show the 30 days up to {props.factDays.last}
            </Link>
          )}
        </p>
      ) : (
        <p className="mt-3 text-slate-600 text-sm">
          Costs are computed from imported inventory and prices: run{" "}
          <code className="font-mono">tierscope demo</code> for a demo fleet with its costs.
        </p>
      )}
    </section>
  );
}

export function CostsError({ error }: { error: Error }) {
  return (
    <p className="rounded-md border border-red-200 bg-red-50 p-4 text-red-800" role="alert">
      Could not load the costs: {error.message}
    </p>
  );
}
