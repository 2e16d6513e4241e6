"use client";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { AXIS_PROPS, CHART_COLORS, seriesColor } from "@/components/ui/chart-theme";
import type { SizeBasis } from "@/lib/costing/snapshots/chain-size-now";
import { formatBytes } from "@/lib/format";
import type { ChainTimelinePoint } from "@/lib/services/snapshots/get-snapshot-chain";

const GIB = 1024 ** 3;

/** Series config: each basis, its label and colour. */
export const SNAPSHOT_BASIS_CONFIG: Record<SizeBasis, { label: string; color: string }> = {
  provider: { label: "Reported by the provider", color: seriesColor(2) },
  cbt: { label: "Changed-block tracking", color: seriesColor(4) },
  estimated: { label: "Estimated (change rate / used bytes)", color: seriesColor(1) },
  unknown: { label: "Unknown size", color: CHART_COLORS.muted },
};

export interface SnapshotTimelineBar {
  uid: string;
  position: number;
  /** Taken at, ms since the epoch (the time axis). */
  at: number;
  gib: number;
  billedBytes: string | null;
  basis: SizeBasis;
  color: string;
  deleted: boolean;
  /** The what-if in force removes it. */
  removed: boolean;
  opacity: number;
}

/**
 * One bar per snapshot at the time it was taken: height = billed size (now, or just before it was
 * deleted), colour = how that size is known. Deleted snapshots and those a retention what-if would
 * remove are faded; an unknown size is a stub, never a zero that reads as free.
 */
export function mapSnapshotTimeline(
  timeline: ChainTimelinePoint[],
  removedUids: ReadonlySet<string> = new Set(),
): SnapshotTimelineBar[] {
  return timeline.map((point) => {
    const deleted = point.deletedAt !== null;
    const removed = removedUids.has(point.uid);
    return {
      uid: point.uid,
      position: point.position,
      at: Date.parse(point.takenAt),
      gib: point.billedBytes === null ? 0 : Number(point.billedBytes) / GIB,
      billedBytes: point.billedBytes,
      basis: point.basis,
      color: SNAPSHOT_BASIS_CONFIG[point.basis].color,
      deleted,
      removed,
      opacity: deleted ? 0.3 : removed ? 0.45 : 1,
    };
  });
}

/**
 * The time axis: the snapshots' span, padded on each side by half a day or 3 % of the span,
 * whichever is more, so the first and last bars are not cut in half at the edges.
 */
export function timelineDomain(bars: SnapshotTimelineBar[]): [number, number] {
  if (bars.length === 0) return [0, 1];
  const times = bars.map((b) => b.at);
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const pad = Math.max(43_200_000, (max - min) * 0.03);
  return [min - pad, max + pad];
}

function describeBar(bar: SnapshotTimelineBar): string {
  const size = bar.billedBytes === null ? "size unknown" : formatBytes(bar.billedBytes);
  const state = bar.deleted
    ? " · deleted (size before deletion)"
    : bar.removed
      ? " · removed by the what-if"
      : "";
  return `#${bar.position} · ${size} · ${SNAPSHOT_BASIS_CONFIG[bar.basis].label}${state}`;
}

export function ChartBarSnapshotTimeline(props: {
  timeline: ChainTimelinePoint[];
  removedUids?: ReadonlySet<string>;
}) {
  const bars = mapSnapshotTimeline(props.timeline, props.removedUids);
  const present = new Set(bars.map((b) => b.basis));
  return (
    <div>
      <ChartFrame label="Snapshot timeline: billed size of each snapshot" height={280}>
        <BarChart data={bars} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={timelineDomain(bars)}
            tickFormatter={(ms: number) => new Date(ms).toISOString().slice(5, 10)}
            fontSize={12}
          />
          <YAxis unit=" GiB" {...AXIS_PROPS} width={80} tickFormatter={(v: number) => v.toFixed(0)} />
          <Tooltip
            labelFormatter={(ms) => new Date(Number(ms)).toISOString().slice(0, 16).replace("T", " ")}
            formatter={(_value, _name, item) => [
              describeBar(item.payload as SnapshotTimelineBar),
              "Snapshot",
            ]}
          />
          <Bar dataKey="gib" isAnimationActive={false} minPointSize={2} maxBarSize={18}>
            {bars.map((bar) => (
              <Cell
                key={bar.uid}
                fill={bar.color}
                fillOpacity={bar.opacity}
                stroke={bar.removed ? CHART_COLORS.alert : undefined}
                strokeDasharray={bar.removed ? "3 2" : undefined}
              />
            ))}
          </Bar>
        </BarChart>
      </ChartFrame>
      <ul className="mt-2 flex flex-wrap gap-4 text-slate-600 text-xs" data-testid="timeline-legend">
        {(Object.keys(SNAPSHOT_BASIS_CONFIG) as SizeBasis[])
          .filter((basis) => present.has(basis))
          .map((basis) => (
            <li key={basis} className="flex items-center gap-1.5">
              <span
                className="inline-block h-3 w-3 rounded-sm"
                style={{ background: SNAPSHOT_BASIS_CONFIG[basis].color }}
              />
              {SNAPSHOT_BASIS_CONFIG[basis].label}
            </li>
          ))}
        {bars.some((b) => b.deleted) && (
          <li className="text-slate-500">Faded: deleted (their blocks moved on)</li>
        )}
        {bars.some((b) => b.removed) && <li className="text-red-700">Dashed red: removed by the what-if</li>}
      </ul>
    </div>
  );
}
