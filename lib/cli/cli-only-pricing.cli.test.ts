import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { node, persistentVolume } from "../testing/kube-objects";
import { runTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

// A user who never runs `serve`: migrate, import a kubectl dump whose volumes exist since 2024 (before
// every bundled price's check date), then read the costs. The bundled catalog must be there and every
// bundled price, "in force since at least" its check date, must price the earlier days too.

const storageClass = (name: string, parameters: Record<string, string>) => ({
  apiVersion: "storage.k8s.io/v1",
  kind: "StorageClass",
  metadata: { name, uid: `uid-sc-${name}`, creationTimestamp: "2024-01-01T00:00:00Z" },
  provisioner: "ebs.csi.aws.com",
  parameters,
  reclaimPolicy: "Delete",
  volumeBindingMode: "WaitForFirstConsumer",
});

/** The calendar month before the one `now` is in, as YYYY-MM (always inside the 90 days of history). */
function previousMonth(now: Date): string {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}

describe("a CLI-only user (migrate, import files, costs; no serve)", () => {
  it("gets every volume priced to the cent from the bundled catalog", async () => {
    const dir = temporaryDataDir("tierscope-cli-only-");
    const migrated = await runTierscope(["migrate"], dir);
    expect(migrated.stderr).toBe("");
    expect(migrated.status).toBe(0);
    expect(migrated.stdout).toMatch(/^Price catalog: \d+ bundled prices loaded, 0 corrected$/m);

    const created = "2024-01-01T00:00:00Z";
    const dump = path.join(dir, "cluster.json");
    writeFileSync(
      dump,
      JSON.stringify({
        apiVersion: "v1",
        kind: "List",
        metadata: { resourceVersion: "" },
        items: [
          node("n1", "aws:///us-east-1a/i-1", "us-east-1"),
          storageClass("gp3-fast", { type: "gp3", iops: "6000", throughput: "250" }),
          storageClass("io2", { type: "io2", iops: "40000" }),
          storageClass("gp2", { type: "gp2" }),
          persistentVolume("fast", { size: "1000Gi", storageClass: "gp3-fast", created }),
          persistentVolume("db", { size: "500Gi", storageClass: "io2", created }),
          persistentVolume("old", { size: "200Gi", storageClass: "gp2", created }),
        ],
      }),
    );
    const imported = await runTierscope(
      ["import", "files", "--cluster", "prod", "--observed-at", new Date().toISOString(), dump],
      dir,
    );
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);

    const month = previousMonth(new Date());
    const costs = await runTierscope(
      ["costs", "--month", month, "--by", "storage-class", "--format", "json"],
      dir,
    );
    expect(costs.stderr).toBe("");
    expect(costs.status).toBe(0);
    const report = JSON.parse(costs.stdout) as {
      totals: { total: string; unpricedResourceDays: number };
      groups: { name: string; total: string; unpricedResourceDays: number }[];
    };
    // AWS bills GB-months against the calendar month's hours, so a volume kept a whole month costs
    // its monthly price (repost.aws/knowledge-center/ebs-volume-charges), whatever the month's length.
    const byClass = Object.fromEntries(report.groups.map((g) => [g.name, Number(g.total).toFixed(2)]));
    expect(byClass).toEqual({
      // gp3 (EBS pricing page, us-east-1): 1,000 GiB × $0.08 + (6,000 − 3,000) IOPS × $0.005
      // + (250 − 125) MiB/s × $0.04 = 80 + 15 + 5
      "gp3-fast": "100.00",
      // io2: 500 GiB × $0.125 + 32,000 IOPS × $0.065 + 8,000 IOPS × $0.0455 = 62.50 + 2,080 + 364
      io2: "2506.50",
      // gp2: 200 GiB × $0.10
      gp2: "20.00",
    });
    expect(Number(report.totals.total).toFixed(2)).toBe("2626.50");
    expect(report.totals.unpricedResourceDays).toBe(0);
  }, 600_000);
});
