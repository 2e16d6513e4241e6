import { type Dec, ZERO } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { shiftDay } from "../day-window";
import type { AnomalySettings } from "./anomaly-settings";
import { detectSeriesAnomalies, type SeriesAnomaly } from "./detect-series-anomalies";
import type { WorkloadGpuIdleDay } from "./gpu-idle-days";

/** A workload whose storage-bound GPU idle changed between the day before a jump and its first day. */
export interface GpuIdleDriver {
  cluster: string;
  namespace: string;
  workloadKind: string;
  workloadName: string;
  gpuHoursBefore: Dec;
  gpuHoursOn: Dec;
  costBefore: Dec;
  costOn: Dec;
}

export interface GpuIdleJump extends SeriesAnomaly {
  /** cluster/namespace: the namespace whose GPUs idled waiting on storage. */
  group: string;
  currency: string;
  drivers: GpuIdleDriver[];
}

const keyOf = (...parts: string[]) => parts.join("\u0000");

/**
 * Jumps in a namespace's storage-bound GPU idle cost: the day's cost (GPU idle time while the pods
 * waited on I/O, or sat on a slow tier, at their GPU-hour price) above the robust baseline of the
 * days before (same settings as every anomaly). Only rises count. Each jump names the workloads
 * that rose most from the day before, with their GPU-hours and cost on both days.
 */
export function detectGpuIdleJumps(input: {
  days: readonly WorkloadGpuIdleDay[];
  judged: readonly IsoDay[];
  historyFrom: IsoDay;
  settings: AnomalySettings;
  driversEach: number;
}): GpuIdleJump[] {
  const groups = new Map<string, WorkloadGpuIdleDay[]>();
  for (const d of input.days) {
    const key = keyOf(`${d.cluster}/${d.namespace}`, d.currency);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const found: GpuIdleJump[] = [];
  for (const rows of groups.values()) {
    const { cluster, namespace, currency } = rows[0] as WorkloadGpuIdleDay;
    const perDay = new Map<IsoDay, Dec>();
    for (const r of rows) perDay.set(r.day, (perDay.get(r.day) ?? ZERO).plus(r.storageBoundIdleCost));
    const series = { valueOn: (day: IsoDay) => perDay.get(day) ?? ZERO };
    const judge = { days: input.judged, historyFrom: input.historyFrom, settings: input.settings };
    for (const jump of detectSeriesAnomalies(series, judge)) {
      if (!jump.deviation.isPos()) continue;
      found.push({
        ...jump,
        group: `${cluster}/${namespace}`,
        currency,
        drivers: driversOf(rows, jump.day, input.driversEach),
      });
    }
  }
  return found.sort((a, b) => b.day.localeCompare(a.day) || b.deviation.comparedTo(a.deviation));
}

function driversOf(rows: readonly WorkloadGpuIdleDay[], day: IsoDay, limit: number): GpuIdleDriver[] {
  const before = shiftDay(day, -1);
  const workloads = new Map<string, GpuIdleDriver>();
  for (const r of rows) {
    if (r.day !== day && r.day !== before) continue;
    const key = keyOf(r.workloadKind, r.workloadName);
    const driver = workloads.get(key) ?? {
      cluster: r.cluster,
      namespace: r.namespace,
      workloadKind: r.workloadKind,
      workloadName: r.workloadName,
      gpuHoursBefore: ZERO,
      gpuHoursOn: ZERO,
      costBefore: ZERO,
      costOn: ZERO,
    };
    if (r.day === day) {
      driver.gpuHoursOn = r.storageBoundIdleGpuHours;
      driver.costOn = r.storageBoundIdleCost;
    } else {
      driver.gpuHoursBefore = r.storageBoundIdleGpuHours;
      driver.costBefore = r.storageBoundIdleCost;
    }
    workloads.set(key, driver);
  }
  const rise = (d: GpuIdleDriver) => d.costOn.minus(d.costBefore);
  return [...workloads.values()]
    .filter((d) => rise(d).isPos())
    .sort((a, b) => rise(b).comparedTo(rise(a)) || a.workloadName.localeCompare(b.workloadName))
    .slice(0, limit);
}
