import Link from "next/link";
import { CostTile } from "@/components/showback/cost-tile";
import type { ChargebackReport } from "@/lib/costing/reports/chargeback-report";
import { formatMoney } from "@/lib/format-money";
import { reportFactsHref } from "./report-links";

/** The report's totals, and whether its parts add up to the fleet's facts for the month. */
export function ReportSummary({ report }: { report: ChargebackReport }) {
  const money = (cents: string) => formatMoney(cents, report.currency);
  const t = report.totals;
  const { reconciliation } = report;
  return (
    <section className="space-y-3">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <CostTile label="Total" testId="report-total">
          <Link
            href={reportFactsHref(report, { label: `${report.month}: every fact` })}
            className="hover:underline"
          >
            {money(t.total.cents)}
          </Link>
        </CostTile>
        <CostTile label="Volumes" testId="report-volumes">
          {money(t.volumes.cents)}
        </CostTile>
        <CostTile label="Snapshots" testId="report-snapshots">
          {money(t.snapshots.cents)}
        </CostTile>
        <CostTile
          label={report.by === "team" ? "Allocated to teams" : "Allocated to cost centres"}
          testId="report-allocated"
        >
          {money(t.allocated.cents)}
        </CostTile>
        <CostTile label="Unallocated" testId="report-unallocated-total">
          {money(t.unallocated.cents)}
        </CostTile>
      </div>
      <p
        className={reconciliation.reconciles ? "text-emerald-700 text-sm" : "text-red-700 text-sm"}
        data-testid="report-reconciliation"
      >
        {reconciliation.reconciles
          ? `Reconciles: the fleet's facts for ${report.window.from} … ${report.window.to} total ${money(t.total.cents)} (${reconciliation.fleetTotal} exactly), and the lines below add up to it to the cent.`
          : `Does not reconcile: the facts total ${reconciliation.fleetTotal}, the lines ${reconciliation.partsTotal} (difference ${reconciliation.difference}).`}
        {t.unpricedResourceDays > 0 &&
          ` ${t.unpricedResourceDays} resource-days have no known price and are in no amount (never $0).`}
      </p>
      {report.otherCurrencies.map((other) => (
        <p key={other.currency} className="text-amber-700 text-sm">
          Also {formatMoney(other.total, other.currency)} priced in {other.currency}, not added to{" "}
          {report.currency}.
        </p>
      ))}
    </section>
  );
}
