"use client";
import Link from "next/link";
import { Kpi, KpiGrid } from "@/components/ui/kpi";
import { QueryState } from "@/components/ui/query-state";
import { WorklistTable } from "@/components/worklist/worklist-table";
import { useWorklistQuery } from "@/hooks/queries/use-worklist-query";
import { formatCount } from "@/lib/format";
import { formatMoney } from "@/lib/format-money";

export function WorklistClient() {
  const query = useWorklistQuery();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-semibold text-2xl">Cleanup worklist</h1>
        <p className="mt-1 max-w-3xl text-slate-500 text-sm">
          <Link href="/waste" className="text-blue-700 hover:underline">
            Waste
          </Link>{" "}
          and{" "}
          <Link href="/recommendations" className="text-blue-700 hover:underline">
            recommendations
          </Link>{" "}
          as one list ranked by what each saves per month. Every volume has one verdict: a volume that is
          waste is deleted, not moved, so a recommendation keeps only its other volumes and their share of the
          saving, and the total counts nothing twice.
        </p>
      </header>
      <QueryState query={query} what="the cleanup worklist">
        {(data) => (
          <>
            <KpiGrid columns={2}>
              <Kpi
                label="Saved per month if all is done"
                testId="worklist-total"
                value={
                  data.totals.length === 0
                    ? "nothing priced"
                    : data.totals.map((t) => formatMoney(t.monthlyValue, t.currency)).join(" + ")
                }
              />
              <Kpi
                label="Items"
                testId="worklist-count"
                value={formatCount(data.rows.length)}
                note={
                  data.unpricedCount > 0 ? `${formatCount(data.unpricedCount)} unpriced, listed last` : null
                }
              />
            </KpiGrid>
            <WorklistTable rows={data.rows} />
          </>
        )}
      </QueryState>
    </div>
  );
}
