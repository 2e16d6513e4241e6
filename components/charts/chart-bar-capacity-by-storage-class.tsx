"use client";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { AXIS_PROPS, CHART_COLORS } from "@/components/ui/chart-theme";
import { bytesToTib, formatBytes } from "@/lib/format";
import type { FleetOverview } from "@/lib/services/overview/get-fleet-overview";

const PROVIDER_COLOR: Record<string, string> = {
  aws: "var(--color-cluster-aws)",
  azure: "var(--color-cluster-azure)",
  gcp: "var(--color-cluster-gcp)",
};

export interface CapacityBar {
  label: string;
  clusterName: string;
  capacityTib: number;
  capacityBytes: string;
  color: string;
}

/** One bar per (cluster, storage class), largest first, coloured by the cluster's provider. */
export function mapCapacityByStorageClass(overview: FleetOverview): CapacityBar[] {
  const providerOf = new Map(overview.clusters.map((c) => [c.name, c.provider]));
  return overview.storageClasses.map((row) => ({
    label: `${row.storageClassName ?? "(none)"} · ${row.clusterName}`,
    clusterName: row.clusterName,
    capacityTib: bytesToTib(row.capacityBytes),
    capacityBytes: row.capacityBytes,
    color: PROVIDER_COLOR[providerOf.get(row.clusterName) ?? ""] ?? "var(--color-cluster-other)",
  }));
}

/** Narrow enough to leave the bars room on a 390 px phone; the tooltip names the bar in full. */
const LABEL_WIDTH_PX = 150;
const LABEL_CHARS = 24;
const shortLabel = (label: string) =>
  label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;

export function ChartBarCapacityByStorageClass({ overview }: { overview: FleetOverview }) {
  const bars = mapCapacityByStorageClass(overview);
  return (
    <ChartFrame label="Provisioned capacity by storage class" height={Math.max(240, bars.length * 28 + 40)}>
      <BarChart data={bars} layout="vertical" margin={{ left: 16, right: 24, top: 8, bottom: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" unit=" TiB" tickFormatter={(v: number) => v.toFixed(0)} {...AXIS_PROPS} />
        <YAxis
          type="category"
          dataKey="label"
          width={LABEL_WIDTH_PX}
          {...AXIS_PROPS}
          interval={0}
          tickFormatter={shortLabel}
        />
        <Tooltip
          formatter={(_value, _name, item) => [
            formatBytes((item.payload as CapacityBar).capacityBytes),
            "Provisioned",
          ]}
        />
        <Bar dataKey="capacityTib" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.label} fill={bar.color} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
