"use client";
import { ChartBarCapacityByStorageClass } from "@/components/charts/chart-bar-capacity-by-storage-class";
import { MoneyOverview } from "@/components/overview/money-overview";
import { ProviderSwatch } from "@/components/overview/provider-swatch";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Kpi, KpiGrid } from "@/components/ui/kpi";
import { QueryState } from "@/components/ui/query-state";
import type { Column } from "@/components/ui/table-model";
import { VolumePhases } from "@/components/volume-phases";
import { useFleetOverviewQuery } from "@/hooks/queries/use-fleet-overview-query";
import { formatBytes, formatCount } from "@/lib/format";
import type { FleetOverview } from "@/lib/services/overview/get-fleet-overview";

const PROVIDER_LABEL: Record<string, string> = { aws: "AWS", azure: "Azure", gcp: "GCP", onprem: "On-prem" };

type ClusterRow = FleetOverview["clusters"][number];
type StorageClassRow = FleetOverview["storageClasses"][number];

/** Volume count and provisioned bytes: the two figures both tables end with. */
function sizeColumns<Row extends { volumeCount: number; capacityBytes: string }>(): Column<Row>[] {
  return [
    {
      key: "volumes",
      header: "Volumes",
      align: "right",
      testId: "volumes",
      cell: (r) => formatCount(r.volumeCount),
      sortValue: (r) => r.volumeCount,
    },
    {
      key: "capacity",
      header: "Provisioned",
      align: "right",
      testId: "capacity",
      cell: (r) => <span title={`${r.capacityBytes} bytes`}>{formatBytes(r.capacityBytes)}</span>,
      sortValue: (r) => Number(r.capacityBytes),
      csvValue: (r) => r.capacityBytes,
    },
  ];
}

const CLUSTER_COLUMNS: Column<ClusterRow>[] = [
  { key: "name", header: "Cluster", rowHeader: true, cell: (c) => c.name, sortValue: (c) => c.name },
  {
    key: "provider",
    header: "Provider",
    cell: (c) => PROVIDER_LABEL[c.provider] ?? c.provider,
    sortValue: (c) => c.provider,
  },
  { key: "region", header: "Region", cell: (c) => c.region ?? "—", sortValue: (c) => c.region },
  ...sizeColumns<ClusterRow>(),
];

const STORAGE_CLASS_COLUMNS: Column<StorageClassRow>[] = [
  {
    key: "class",
    header: "Storage class",
    rowHeader: true,
    cell: (r) => r.storageClassName ?? "(none)",
    sortValue: (r) => r.storageClassName,
  },
  { key: "cluster", header: "Cluster", cell: (r) => r.clusterName, sortValue: (r) => r.clusterName },
  {
    key: "provisioner",
    header: "Provisioner",
    cell: (r) => <span className="font-mono text-xs">{r.provisioner ?? "—"}</span>,
    sortValue: (r) => r.provisioner,
  },
  ...sizeColumns<StorageClassRow>(),
];

export function OverviewClient() {
  return (
    <QueryState query={useFleetOverviewQuery()} loading="Loading the fleet…" what="the overview">
      {(data) => <FleetOverviewSections data={data} />}
    </QueryState>
  );
}

function FleetOverviewSections({ data }: { data: FleetOverview }) {
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

      <section aria-label="Fleet totals">
        <KpiGrid columns={3}>
          <Kpi testId="stat-clusters" label="Clusters" value={formatCount(data.totals.clusters)} />
          <Kpi testId="stat-volumes" label="Volumes" value={formatCount(data.totals.volumes)} />
          <Kpi
            testId="stat-capacity"
            label="Provisioned capacity"
            value={formatBytes(data.totals.capacityBytes)}
            title={`${data.totals.capacityBytes} bytes`}
          />
        </KpiGrid>
      </section>

      <VolumePhases phases={data.phases} />

      <Card title="Clusters">
        <DataTable
          columns={CLUSTER_COLUMNS}
          rows={data.clusters}
          rowKey={(c) => c.id}
          rowTestId={(c) => `cluster-row-${c.name}`}
          label="Clusters"
          noun="clusters"
          csvFileName="clusters.csv"
          testId="clusters-table"
        />
      </Card>

      <Card title="Provisioned capacity by storage class">
        <p className="mt-1 text-slate-500 text-xs">
          Bars coloured by provider: <ProviderSwatch provider="aws" label="AWS" />,{" "}
          <ProviderSwatch provider="azure" label="Azure" />, <ProviderSwatch provider="gcp" label="GCP" />.
        </p>
        <div className="mt-4">
          <ChartBarCapacityByStorageClass overview={data} />
        </div>
        <div className="mt-6">
          <DataTable
            columns={STORAGE_CLASS_COLUMNS}
            rows={data.storageClasses}
            rowKey={(r) => `${r.clusterName}/${r.storageClassName}`}
            rowTestId={(r) => `storage-class-row-${r.clusterName}-${r.storageClassName ?? "none"}`}
            label="Storage classes"
            noun="storage classes"
            csvFileName="storage-classes.csv"
            testId="storage-classes-table"
          />
        </div>
      </Card>
    </div>
  );
}
