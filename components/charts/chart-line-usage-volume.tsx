"use client";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { AXIS_PROPS, CHART_COLORS, seriesColor } from "@/components/ui/chart-theme";
import { eachDay } from "@/lib/costing/cost-window";
import { formatBytes } from "@/lib/format";
import type { VolumeDetailResult } from "@/lib/services/showback/get-volume-detail";

const GIB = 1024 ** 3;

export interface UsagePoint {
  day: string;
  /** GiB, for the axis; null where there is no sample or the volume did not exist. */
  maxUsedGib: number | null;
  avgUsedGib: number | null;
  capacityGib: number | null;
}

/**
 * One point per day of the window: the day's highest and mean used bytes from kubelet, and the
 * capacity the volume had at the end of that day (from its revisions, else its current size).
 */
export function mapVolumeUsage(
  detail: Pick<VolumeDetailResult, "window" | "usage" | "revisions" | "volume">,
): UsagePoint[] {
  const usage = new Map(detail.usage.map((u) => [u.day, u]));
  const revisions = [...detail.revisions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const created = detail.volume.createdAt.slice(0, 10);
  const deleted = detail.volume.deletedAt?.slice(0, 10) ?? null;
  return eachDay(detail.window).map((day) => {
    const endOfDay = `${day}T23:59:59.999Z`;
    const revision = revisions.filter((r) => r.validFrom <= endOfDay).at(-1);
    const exists = day >= created && (deleted === null || day <= deleted);
    const capacity = revision ? Number(revision.capacityBytes) : Number(detail.volume.capacityBytes);
    const point = usage.get(day);
    return {
      day,
      maxUsedGib: point ? point.maxUsedBytes / GIB : null,
      avgUsedGib: point ? point.avgUsedBytes / GIB : null,
      capacityGib: exists ? capacity / GIB : null,
    };
  });
}

export function ChartLineUsageVolume({ detail }: { detail: VolumeDetailResult }) {
  const points = mapVolumeUsage(detail);
  const bytes = (gib: number) => formatBytes(gib * GIB);
  return (
    <ChartFrame label="Used bytes and capacity by day" height={240}>
      <LineChart data={points} margin={{ left: 8, right: 16, top: 8, bottom: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="day" {...AXIS_PROPS} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
        <YAxis {...AXIS_PROPS} width={72} tickFormatter={(v: number) => bytes(v)} />
        <Tooltip formatter={(value, name) => [bytes(Number(value)), String(name)]} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line
          dataKey="capacityGib"
          name="Capacity"
          stroke={CHART_COLORS.muted}
          strokeDasharray="4 3"
          dot={false}
          type="stepAfter"
          isAnimationActive={false}
        />
        <Line
          dataKey="maxUsedGib"
          name="Used (daily max)"
          stroke={seriesColor(0)}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="avgUsedGib"
          name="Used (daily mean)"
          stroke={seriesColor(4)}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
