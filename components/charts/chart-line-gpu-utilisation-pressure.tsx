"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/ui/chart-frame";
import { AXIS_PROPS, CHART_COLORS, seriesColor } from "@/components/ui/chart-theme";
import type { GpuWorkloadDetail } from "@/lib/services/gpu/get-gpu-workload";

export interface GpuTimelinePoint {
  at: string;
  /** Percent, for the axis; null where no sample fell in the bucket (a gap in the line). */
  utilisationPercent: number | null;
  ioPressurePercent: number | null;
}

/** The workload's timeline in percent, gaps kept as null so the chart shows them. */
export function mapGpuTimeline(timeline: GpuWorkloadDetail["timeline"]): GpuTimelinePoint[] {
  const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
  return timeline.map((point) => ({
    at: point.at,
    utilisationPercent: percent(point.utilisation),
    ioPressurePercent: percent(point.ioPressure),
  }));
}

const label = (at: string) => `${at.slice(5, 10)} ${at.slice(11, 16)}`;

export function ChartLineGpuUtilisationPressure(props: { detail: GpuWorkloadDetail }) {
  const points = mapGpuTimeline(props.detail.timeline);
  const threshold = props.detail.settings.ioPressureThreshold * 100;
  return (
    <ChartFrame label="GPU utilisation and I/O pressure over time" height={260}>
      <LineChart data={points} margin={{ left: 8, right: 16, top: 16, bottom: 0 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="at" {...AXIS_PROPS} tickFormatter={label} minTickGap={40} />
        <YAxis {...AXIS_PROPS} width={56} domain={[0, 100]} tickFormatter={(v: number) => `${v} %`} />
        <Tooltip
          labelFormatter={(at) => label(String(at))}
          formatter={(value, name) => [`${value} %`, String(name)]}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine
          y={threshold}
          stroke={seriesColor(5)}
          strokeDasharray="4 3"
          label={{
            value: "I/O pressure threshold",
            fontSize: 10,
            fill: seriesColor(5),
            position: "insideTopRight",
          }}
        />
        <Line
          dataKey="utilisationPercent"
          name="GPU utilisation"
          stroke={seriesColor(0)}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="ioPressurePercent"
          name="I/O pressure"
          stroke={seriesColor(1)}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
