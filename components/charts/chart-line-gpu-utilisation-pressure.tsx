"use client";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
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
    <div style={{ height: 260 }} role="img" aria-label="GPU utilisation and I/O pressure over time">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ left: 8, right: 16, top: 16, bottom: 0 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="at" fontSize={11} tickFormatter={label} minTickGap={40} />
          <YAxis fontSize={11} width={56} domain={[0, 100]} tickFormatter={(v: number) => `${v} %`} />
          <Tooltip
            labelFormatter={(at) => label(String(at))}
            formatter={(value, name) => [`${value} %`, String(name)]}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine
            y={threshold}
            stroke="#d55e00"
            strokeDasharray="4 3"
            label={{
              value: "I/O pressure threshold",
              fontSize: 10,
              fill: "#d55e00",
              position: "insideTopRight",
            }}
          />
          <Line
            dataKey="utilisationPercent"
            name="GPU utilisation"
            stroke="#0072b2"
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Line
            dataKey="ioPressurePercent"
            name="I/O pressure"
            stroke="#e69f00"
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
