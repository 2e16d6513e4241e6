import { Dec, ZERO } from "../pricing/decimal";
import { MS_PER_HOUR } from "./day-window";

export interface PodMount {
  workloadKind: string;
  workloadName: string;
  /** [start, end) in epoch milliseconds. */
  start: number;
  end: number;
}

export interface WorkloadShare {
  workloadKind: string;
  workloadName: string;
  /** Hours its pods mounted the volume (two pods for an hour: 2). */
  podHours: Dec;
  /** Its part of the time: at each moment the volume's cost goes in equal parts to the pods mounting it. */
  shareHours: Dec;
}

export const NOT_MOUNTED = { workloadKind: "none", workloadName: "(not mounted)" } as const;

/**
 * Splits the time [start, end) among the workloads whose pods mounted the volume. At every moment
 * the cost of that moment is shared equally by the pods mounting it (pod-time share); moments when
 * no pod mounts it go to "(not mounted)". The shares' hours add up exactly to end − start, so the
 * workloads' costs add up to the volume's.
 */
export function allocateToWorkloads(start: number, end: number, mounts: PodMount[]): WorkloadShare[] {
  const inWindow = mounts
    .map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([start, end, ...inWindow.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const shares = new Map<string, WorkloadShare>();
  const add = (kind: string, name: string, podMs: number, shareMs: Dec) => {
    const key = `${kind}/${name}`;
    const current = shares.get(key) ?? {
      workloadKind: kind,
      workloadName: name,
      podHours: ZERO,
      shareHours: ZERO,
    };
    shares.set(key, {
      ...current,
      podHours: current.podHours.plus(new Dec(podMs).div(MS_PER_HOUR)),
      shareHours: current.shareHours.plus(shareMs.div(MS_PER_HOUR)),
    });
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const active = inWindow.filter((m) => m.start <= a && m.end >= b);
    if (active.length === 0) {
      add(NOT_MOUNTED.workloadKind, NOT_MOUNTED.workloadName, 0, new Dec(b - a));
      continue;
    }
    const each = new Dec(b - a).div(active.length);
    for (const m of active) add(m.workloadKind, m.workloadName, b - a, each);
  }
  return [...shares.values()].sort((x, y) =>
    `${x.workloadKind}/${x.workloadName}`.localeCompare(`${y.workloadKind}/${y.workloadName}`),
  );
}
