import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { type Column, csvMoney } from "@/components/ui/table-model";
import { formatBytes } from "@/lib/format";
import { formatMoney } from "@/lib/format-money";
import { dec } from "@/lib/pricing/decimal";
import type { VolumeListItem } from "@/lib/services/showback/list-volumes";
import { namespaceHref, volumeHref } from "./cost-links";

const RUN_RATE_NOTE: Record<string, string> = {
  estimated: "est.",
  partial: "+ unpriced",
  included: "in instance price",
  "mixed-currency": "mixed currencies",
};

function RunRate({ volume }: { volume: VolumeListItem }) {
  if (volume.runRateStatus === null) return <span className="text-slate-500">no costs yet</span>;
  if (volume.monthlyRunRate === null) {
    return (
      <span className="text-rose-700">
        {volume.runRateStatus === "unpriced" ? "unpriced" : RUN_RATE_NOTE[volume.runRateStatus]}
      </span>
    );
  }
  const note = RUN_RATE_NOTE[volume.runRateStatus];
  return (
    <span title={`${volume.monthlyRunRate} ${volume.currency} a month at ${volume.runRateDay}'s rate`}>
      <span className="tabular-nums">{formatMoney(volume.monthlyRunRate, volume.currency ?? "USD")}</span>
      {note && (
        <span
          className={`ml-1 text-xs ${volume.runRateStatus === "partial" ? "text-rose-700" : "text-amber-700"}`}
        >
          {note}
        </span>
      )}
    </span>
  );
}

const monthly = (v: VolumeListItem) => (v.monthlyRunRate === null ? null : dec(v.monthlyRunRate));

const COLUMNS: Column<VolumeListItem>[] = [
  {
    key: "volume",
    header: "Volume",
    cell: (v) => (
      <>
        <Link
          className="break-all text-blue-800 hover:underline"
          href={volumeHref({}, v.clusterName, v.uid)}
          data-testid="volume-link"
        >
          {v.name}
        </Link>
        <div className="text-slate-500 text-xs">{v.clusterName}</div>
      </>
    ),
    sortValue: (v) => v.name,
  },
  {
    key: "cluster",
    header: "Cluster",
    cell: (v) => v.clusterName,
    sortValue: (v) => v.clusterName,
    csvOnly: true,
  },
  {
    key: "claim",
    header: "Claim",
    cell: (v) =>
      v.claimNamespace && v.claimName ? (
        <span className="break-all">
          <Link
            className="text-blue-800 hover:underline"
            href={namespaceHref({}, v.clusterName, v.claimNamespace)}
          >
            {v.claimNamespace}
          </Link>
          /{v.claimName}
        </span>
      ) : (
        <span className="text-slate-500">—</span>
      ),
    sortValue: (v) => (v.claimNamespace && v.claimName ? `${v.claimNamespace}/${v.claimName}` : null),
  },
  {
    key: "storageClass",
    header: "Storage class",
    cell: (v) => v.storageClassName ?? "(none)",
    sortValue: (v) => v.storageClassName,
  },
  {
    key: "capacity",
    header: "Capacity",
    align: "right",
    cell: (v) => (
      <span className="whitespace-nowrap" title={`${v.capacityBytes} bytes`}>
        {formatBytes(v.capacityBytes)}
      </span>
    ),
    sortValue: (v) => dec(v.capacityBytes),
    csvValue: (v) => v.capacityBytes,
  },
  {
    key: "phase",
    header: "Phase",
    cell: (v) =>
      v.deletedAt ? <span className="text-slate-500">deleted {v.deletedAt.slice(0, 10)}</span> : v.phase,
    sortValue: (v) => (v.deletedAt ? "deleted" : v.phase),
    csvValue: (v) => (v.deletedAt ? `deleted ${v.deletedAt.slice(0, 10)}` : v.phase),
  },
  {
    key: "monthly",
    header: "Per month",
    align: "right",
    testId: "run-rate",
    cell: (v) => (
      <span className="whitespace-nowrap">
        <RunRate volume={v} />
      </span>
    ),
    sortValue: monthly,
    csvValue: (v) =>
      v.runRateStatus === null ? null : csvMoney(v.monthlyRunRate, v.monthlyRunRate !== null),
  },
  {
    key: "currency",
    header: "Currency",
    cell: (v) => v.currency,
    csvValue: (v) => v.currency,
    csvOnly: true,
  },
  {
    key: "runRateStatus",
    header: "Run-rate status",
    cell: (v) => v.runRateStatus,
    csvValue: (v) => v.runRateStatus ?? "no costs yet",
    csvOnly: true,
  },
];

/**
 * The inventory: each volume's claim, class, size, phase and monthly run-rate; the page's rows sort
 * in place and export as CSV (bytes and the run-rate's exact decimal, "unpriced" where no price).
 */
export function VolumesTable({ items }: { items: VolumeListItem[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={items}
      rowKey={(v) => `${v.clusterName}/${v.uid}`}
      rowTestId={(v) => `volume-row-${v.uid}`}
      label="Volumes"
      noun="volumes"
      pageSize={Math.max(items.length, 1)}
      csvFileName="volumes.csv"
      testId="volumes-table"
    />
  );
}
