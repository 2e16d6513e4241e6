import { beforeAll, describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../costing/day-window";
import type { GpuIdleReport } from "../services/gpu/get-gpu-idle-report";
import { runTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

const day = (offset: number) => new Date(Date.now() + offset * MS_PER_DAY).toISOString().slice(0, 10);
/** The last 30 complete days: the demo's GPU jobs ran and were sampled in them. */
const WINDOW = ["--from", day(-30), "--to", day(-1)];

describe("tierscope gpu-idle", () => {
  const dataDir = temporaryDataDir("tierscope-gpu-");

  beforeAll(async () => {
    const demo = await runTierscope(["demo", "--no-serve"], dataDir);
    expect(demo.status, demo.stderr).toBe(0);
  }, 300_000);

  it("shows the demo's storage-starved training jobs, their idle cost and the return on faster storage", async () => {
    const result = await runTierscope(["gpu-idle", ...WINDOW, "--format", "json"], dataDir);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Omit<GpuIdleReport, "page" | "pageSize">;
    expect(report.by).toBe("workload");
    expect(report.settings).toMatchObject({ ioPressureThreshold: 0.1, targetUtilisation: 0.9 });
    const bound = report.groups.filter((g) => g.storageBound);
    const fed = report.groups.filter((g) => (g.figures.utilisation ?? 0) >= 0.85);
    expect(bound.length).toBeGreaterThanOrEqual(3);
    expect(fed.length).toBeGreaterThanOrEqual(3);
    for (const g of bound) {
      // starved jobs run at 30-50 % with I/O pressure 0.3-0.6: every idle hour waits on storage
      expect(g.figures.utilisation, g.key).toBeGreaterThanOrEqual(0.3);
      expect(g.figures.utilisation, g.key).toBeLessThanOrEqual(0.5);
      expect(g.figures.storageBoundShare, g.key).toBeGreaterThan(0.99);
    }
    for (const g of fed) expect(g.storageBound, g.key).toBe(false);
    expect(bound.filter((g) => Number(g.figures.idleCost) > 0).length).toBeGreaterThanOrEqual(2);
    // the groups add up to the totals
    const allocated = report.groups.reduce((s, g) => s + Number(g.figures.allocatedGpuHours), 0);
    // Groups are served to 6 places each, so their sum may differ from the total in the last place.
    expect(allocated).toBeCloseTo(Number(report.totals.allocatedGpuHours), 5);
    // every storage-bound workload has a faster-tier return, its own or that of the workload it shares
    // its volumes with (detr-finetune and vit-h-pretrain both read imagenet-21k-efs: one move, one
    // return); priced ones with a payback
    const covered = report.storageBound.flatMap((r) => [
      r.workloadName,
      ...(r.sharedWith ?? []).map((w) => w.split("/").at(-1)),
    ]);
    expect(covered.sort()).toEqual(bound.map((g) => g.name).sort());
    expect(report.storageBound.find((r) => r.workloadName === "vit-h-pretrain")?.sharedWith).toEqual([
      "Job/vision-train/detr-finetune",
    ]);
    const priced = report.storageBound.filter((r) => r.monthlyNet !== null);
    expect(priced.length).toBeGreaterThanOrEqual(1);
    for (const r of priced) {
      expect(r.estimate).toBe(true);
      expect(Number(r.monthlyNet)).toBeCloseTo(
        Number(r.monthlyGpuCostRecovered) - Number(r.monthlyStorageDelta),
        6,
      );
      expect(r.volumes.length).toBeGreaterThan(0);
      expect(r.manifest).toContain("kind: PersistentVolumeClaim");
    }
  });

  it("prints a table by node pool with the model and its thresholds, and CSV with exact figures", async () => {
    const table = await runTierscope(["gpu-idle", ...WINDOW, "--by", "node-pool"], dataDir);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^NODE POOL\s+CLUSTER\s+GPU-H/m);
    expect(table.stdout).toContain("gpu-h100");
    expect(table.stdout).toContain("Model (an estimate)");
    expect(table.stdout).toContain("I/O pressure ≥ 0.1");
    const csv = await runTierscope(["gpu-idle", ...WINDOW, "--by", "team", "--format", "csv"], dataDir);
    expect(csv.status, csv.stderr).toBe(0);
    const [header, ...rows] = csv.stdout.trimEnd().split("\n");
    expect(header).toMatch(/^from,to,group_by,group_key,group,/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(",team,");
  });

  it("refuses a bad window or an unknown cluster with one line", async () => {
    const bad = await runTierscope(["gpu-idle", "--from", "2026-02-30", "--to", "2026-03-01"], dataDir);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("tierscope: --from: a day written YYYY-MM-DD");
    const none = await runTierscope(["gpu-idle", "--month", "2026-02", "--cluster", "nowhere"], dataDir);
    expect(none.status).toBe(1);
    expect(none.stderr.trim().split("\n")).toHaveLength(1);
    expect(none.stderr).toContain('tierscope: cluster: No cluster named "nowhere"');
  });
});
