"use client";
import { useMoneyOverviewQuery } from "@/hooks/queries/use-money-overview-query";
import { MoneyTiles } from "./money-tiles";
import { OverviewAnomalies } from "./overview-anomalies";
import { OverviewDrivers } from "./overview-drivers";

/** The Overview's money: what is spent, where it goes, what could be saved, what changed. */
export function MoneyOverview() {
  const { data, error, isPending } = useMoneyOverviewQuery();
  if (isPending) return <p className="text-slate-500">Loading spend…</p>;
  if (error) return <p className="text-red-700">Could not load spend: {error.message}</p>;
  return (
    <div className="space-y-6" data-currency={data.currency}>
      <MoneyTiles data={data} />
      <OverviewDrivers data={data} />
      <OverviewAnomalies data={data} />
    </div>
  );
}
