import Link from "next/link";
import { namespaceHref, showbackHref, teamHref } from "@/components/showback/cost-links";
import { formatCostAmount } from "@/lib/costing/cost-amount";
import type { MoneyOverview } from "@/lib/services/overview/get-money-overview";

const TITLES: Record<string, string> = {
  team: "Teams",
  namespace: "Namespaces",
  "storage-class": "Storage classes",
};
const LAST_30 = { window: "30d" };

type Driver = MoneyOverview["drivers"][number]["groups"][number];

/** A team's or namespace's own page; anything else Showback grouped the same way. */
function driverHref(by: string, group: Driver): string {
  if (by === "team" && group.teamSlug) return teamHref(LAST_30, group.teamSlug);
  if (by === "namespace" && group.kind === "group" && group.clusterName)
    return namespaceHref(LAST_30, group.clusterName, group.name);
  return showbackHref(LAST_30, by);
}

/** The largest spend of the last 30 days by team, namespace and storage class. */
export function OverviewDrivers({ data }: { data: MoneyOverview }) {
  return (
    <section aria-label="Top drivers" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="font-medium text-lg">Top drivers, last 30 days</h2>
      <div className="mt-3 grid grid-cols-1 gap-6 md:grid-cols-3">
        {data.drivers.map(({ by, groups }) => (
          <div key={by} data-testid={`drivers-${by}`}>
            <h3 className="font-medium text-sm">
              <Link className="hover:underline" href={showbackHref(LAST_30, by)}>
                {TITLES[by]}
              </Link>
            </h3>
            <ol className="mt-2 space-y-1 text-sm">
              {groups.map((g) => (
                <li key={g.key} className="flex justify-between gap-2" data-testid={`driver-${g.key}`}>
                  <Link className="truncate text-blue-800 hover:underline" href={driverHref(by, g)}>
                    {by === "storage-class" && g.clusterName ? `${g.name} (${g.clusterName})` : g.name}
                  </Link>
                  <span className="tabular-nums" data-testid="total">
                    {formatCostAmount(g, data.currency)}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}
