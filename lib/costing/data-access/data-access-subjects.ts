import type { DataAccessMetric, DataAccessSource } from "../../ingest/data-access/data-access-reading";
import { counterIncrements } from "./counter-increments";
import type { DataAccessVolume, NodeIncrement, NodeMount, ProviderSum } from "./data-access-day-costs";
import { readingTargetKey, type VolumeTargetInput, volumeTargetKey } from "./data-access-target";

export interface DataAccessVolumeRow extends VolumeTargetInput, DataAccessVolume {}

export interface StoredReading {
  source: DataAccessSource;
  target: string;
  node: string;
  metric: DataAccessMetric;
  at: Date;
  value: bigint;
  periodSeconds: number | null;
  partial: boolean;
}

export interface VolumeMountRow extends NodeMount {
  volumeUid: string;
}

/** What one file system or bucket was read, with the volumes that mount it and who mounted them. */
export interface DataAccessSubject {
  volume: DataAccessVolume;
  /** Every volume of the cluster that is this target (EFS access points of one file system). */
  volumeUids: string[];
  providerSums: ProviderSum[];
  nodeIncrements: NodeIncrement[];
  mounts: NodeMount[];
}

/**
 * Joins readings to volumes on their target (file system id, bucket, export). Volumes of one
 * target (several access points of one EFS file system) are one subject: the provider bills the
 * file system, and its reads are shared by whoever mounted any of them; the subject's facts are
 * kept under its first volume (by name). Readings of targets no volume has are left out.
 */
export function dataAccessSubjects(
  volumes: readonly DataAccessVolumeRow[],
  readings: readonly StoredReading[],
  mounts: readonly VolumeMountRow[],
): DataAccessSubject[] {
  const byTarget = new Map<string, DataAccessVolumeRow[]>();
  for (const volume of volumes) {
    const key = volumeTargetKey(volume);
    if (key) byTarget.set(key, [...(byTarget.get(key) ?? []), volume]);
  }
  const readingsByTarget = new Map<string, StoredReading[]>();
  for (const reading of readings) {
    const key = readingTargetKey(reading.target);
    if (byTarget.has(key)) readingsByTarget.set(key, [...(readingsByTarget.get(key) ?? []), reading]);
  }
  const subjects: DataAccessSubject[] = [];
  for (const [key, group] of byTarget) {
    const own = readingsByTarget.get(key) ?? [];
    if (own.length === 0) continue;
    const sorted = [...group].sort((a, b) => a.name.localeCompare(b.name));
    const first = sorted[0] as DataAccessVolumeRow;
    const uids = new Set(sorted.map((v) => v.uid));
    const series = new Map<string, StoredReading[]>();
    for (const r of own.filter((r) => r.source === "node_mountstats")) {
      const id = `${r.node}|${r.target}|${r.metric}`;
      series.set(id, [...(series.get(id) ?? []), r]);
    }
    subjects.push({
      volume: first,
      volumeUids: [...uids],
      providerSums: own
        .filter((r) => r.source === "cloudwatch" && r.periodSeconds)
        .map((r) => ({
          metric: r.metric,
          start: r.at.getTime(),
          end: r.at.getTime() + (r.periodSeconds as number) * 1000,
          amount: r.value,
          partial: r.partial,
        })),
      nodeIncrements: [...series.values()].flatMap((list) =>
        counterIncrements(list.map((r) => ({ at: r.at.getTime(), value: r.value }))).map((i) => ({
          ...i,
          node: (list[0] as StoredReading).node,
          metric: (list[0] as StoredReading).metric,
        })),
      ),
      mounts: mounts.filter((m) => uids.has(m.volumeUid)),
    });
  }
  return subjects;
}
