"use client";
import { ChartBarCapacityByStorageClass } from "@/components/charts/chart-bar-capacity-by-storage-class";
import { MoneyOverview } from "@/components/overview/money-overview";
import { StatCard } from "@/components/stat-card";
import { VolumePhases } from "@/components/volume-phases";
import { useFleetOverviewQuery } from "@/hooks/queries/use-fleet-overview-query";
import { formatBytes, formatCount } from "@/lib/format";

const PROVIDER_LABEL: Record<string, string> = { aws: "AWS", azure: "Azure", gcp: "GCP", onprem: "On-prem" };

export function OverviewClient() {
  const { data, error, isPending } = useFleetOverviewQuery();
  if (isPending) return <p className="text-slate-500">Loading the fleet…</p>;
  if (error) return <p className="text-red-700">Could not load the overview: {error.message}</p>;

  if (data.totals.clusters === 0) {
    return (
      <section className="max-w-xl">
        <h1 className="font-semibold text-2xl">Overview</h1>
        <p className="mt-4 text-slate-600">
          No clusters yet. Run <code className="font-mono">tierscope demo</code> for a demo fleet.
        </p>
      </section>
    );
  }

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-semibold text-2xl">Overview</h1>
        <p className="mt-1 text-slate-500 text-sm">
          Spend, forecast, waste and anomalies across every cluster; below, the persistent volumes that exist
          now. As of {new Date(data.asOf).toUTCString()}.
        </p>
      </header>

      <MoneyOverview />

      <h2 className="pt-4 font-semibold text-xl">Capacity</h2>

      <section className="grid grid-cols-1 gap-4 sm:grid-cols-3" aria-label="Fleet totals">
        <StatCard testId="stat-clusters" label="Clusters" value={formatCount(data.totals.clusters)} />
        <StatCard testId="stat-volumes" label="Volumes" value={formatCount(data.totals.volumes)} />
        <StatCard
          testId="stat-capacity"
          label="Provisioned capacity"
          value={formatBytes(data.totals.capacityBytes)}
          title={`${data.totals.capacityBytes} bytes`}
        />
      </section>

      <VolumePhases phases={data.phases} />

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="font-medium text-lg">Clusters</h2>
        <table className="mt-3 w-full text-sm" data-testid="clusters-table">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-2 font-medium">Cluster</th>
              <th className="py-2 font-medium">Provider</th>
              <th className="py-2 font-medium">Region</th>
              <th className="py-2 text-right font-medium">Volumes</th>
              <th className="py-2 text-right font-medium">Provisioned</th>
            </tr>
          </thead>
          <tbody>
            {data.clusters.map((cluster) => (
              <tr
                key={cluster.id}
                className="border-slate-100 border-t"
                data-testid={`cluster-row-${cluster.name}`}
              >
                <td className="py-2 font-medium">{cluster.name}</td>
                <td className="py-2">{PROVIDER_LABEL[cluster.provider] ?? cluster.provider}</td>
                <td className="py-2">{cluster.region ?? "—"}</td>
                <td className="py-2 text-right tabular-nums" data-testid="volumes">
                  {formatCount(cluster.volumeCount)}
                </td>
                <td
                  className="py-2 text-right tabular-nums"
                  data-testid="capacity"
                  title={`${cluster.capacityBytes} bytes`}
                >
                  {formatBytes(cluster.capacityBytes)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="font-medium text-lg">Provisioned capacity by storage class</h2>
        <p className="mt-1 text-slate-500 text-xs">
          Bars coloured by provider: <span className="text-[var(--color-cluster-aws)]">AWS</span>,{" "}
          <span className="text-[var(--color-cluster-azure)]">Azure</span>,{" "}
          <span className="text-[var(--color-cluster-gcp)]">GCP</span>.
        </p>
        <div className="mt-4">
          <ChartBarCapacityByStorageClass overview={data} />
        </div>
        <table className="mt-6 w-full text-sm" data-testid="storage-classes-table">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-2 font-medium">Storage class</th>
              <th className="py-2 font-medium">Cluster</th>
              <th className="py-2 font-medium">Provisioner</th>
              <th className="py-2 text-right font-medium">Volumes</th>
              <th className="py-2 text-right font-medium">Provisioned</th>
            </tr>
          </thead>
          <tbody>
            {data.storageClasses.map((row) => (
              <tr
                key={`${row.clusterName}/${row.storageClassName}`}
                className="border-slate-100 border-t"
                data-testid={`storage-class-row-${row.clusterName}-${row.storageClassName ?? "none"}`}
              >
                <td className="py-2 font-medium">{row.storageClassName ?? "(none)"}</td>
                <td className="py-2">{row.clusterName}</td>
                <td className="py-2 font-mono text-xs">{row.provisioner ?? "—"}</td>
                <td className="py-2 text-right tabular-nums" data-testid="volumes">
                  {formatCount(row.volumeCount)}
                </td>
                <td
                  className="py-2 text-right tabular-nums"
                  data-testid="capacity"
                  title={`${row.capacityBytes} bytes`}
                >
                  {formatBytes(row.capacityBytes)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
