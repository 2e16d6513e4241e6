// The FOCUS side of the memory benchmark (scripts/bench-memory.ts): a cluster of PersistentVolumes
// and their claims whose February 2026 costs are computed, grown until that month's FOCUS export
// reaches a given size; the export itself runs in a process of its own (bench-memory-import.ts).
import type { Db } from "../lib/db/prisma";
import type { RawObject } from "../lib/ingest/kube/read-kube-files";
import { bringCostsUpToDate } from "../lib/services/costs/bring-costs-up-to-date";
import { importKubeObjects } from "../lib/services/ingest/import-kube-objects";
import { systemContext } from "../lib/services/service-context";
import { benchObject } from "./bench-ingest-objects";

/** When the costs are computed: February 2026 is whole, and the month the export reports. */
export const FOCUS_NOW = new Date("2026-03-10T06:00:00Z");
export const FOCUS_MONTH = "2026-02";

async function* volumes(from: number, to: number): AsyncGenerator<RawObject> {
  if (from === 0) {
    for (let i = 0; i < 200; i++) yield { value: benchObject("Namespace", i), position: "ns", inList: false };
  }
  for (const kind of ["PersistentVolume", "PersistentVolumeClaim"]) {
    for (let i = from; i < to; i++) yield { value: benchObject(kind, i), position: kind, inList: false };
  }
}

/** Grows the benchmark cluster to `total` volumes (it holds `existing`) and computes their costs. */
export async function growFocusCluster(db: Db, existing: number, total: number): Promise<void> {
  if (total <= existing) return;
  const summary = await importKubeObjects(db, {
    cluster: { name: "bench-memory-focus", provider: "aws", region: "us-east-1" },
    source: "files",
    sourceRef: `bench-memory volumes ${existing}-${total}`,
    observedAt: new Date(FOCUS_NOW.getTime() - 3_600_000),
    objects: volumes(existing, total),
    now: () => FOCUS_NOW,
  });
  await bringCostsUpToDate(db, {
    ctx: systemContext("bench"),
    input: { now: FOCUS_NOW, clusterId: summary.clusterId },
  });
}
