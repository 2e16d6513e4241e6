"use client";
import { QueryFallback } from "@/components/ui/query-state";
import { useMoneyOverviewQuery } from "@/hooks/queries/use-money-overview-query";
import { MoneyTiles } from "./money-tiles";
import { OverviewAnomalies } from "./overview-anomalies";
import { OverviewDrivers } from "./overview-drivers";

/** The Overview's money: what is spent, where it goes, what could be saved, what changed. */
export function MoneyOverview() {
  const { data, error } = useMoneyOverviewQuery();
  if (error || !data) return <QueryFallback error={error} loading="Loading spend…" what="spend" />;
  return (
    <div className="space-y-6" data-currency={data.currency}>
      <MoneyTiles data={data} />
      <OverviewDrivers data={data} />
      <OverviewAnomalies data={data} />
    </div>
  );
}
