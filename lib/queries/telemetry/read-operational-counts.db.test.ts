import pg from "pg";
import { describe, expect, it } from "vitest";
import { getMigrationStatus } from "../../db/migrate/apply-migrations";
import { checkReadiness } from "../../server/telemetry/check-readiness";
import { setUpTestDatabase } from "../../testing/test-database";
import { readOperationalCounts } from "./read-operational-counts";

const { db, url } = setUpTestDatabase();

describe("readOperationalCounts", () => {
  it("counts imports by cluster, source and result, the latest completed one and metrics pushes per cluster", async () => {
    const org = await db.organization.create({ data: { name: "Org", slug: "org" } });
    const cluster = await db.cluster.create({ data: { orgId: org.id, name: "eks-a", provider: "aws" } });
    const at = (iso: string) => new Date(iso);
    for (const [status, finishedAt] of [
      ["completed", "2026-12-01T10:00:00Z"],
      ["completed", "2026-12-02T10:00:00Z"],
      ["failed", "2026-12-03T10:00:00Z"],
    ] as const) {
      await db.observation.create({
        data: {
          clusterId: cluster.id,
          source: "push",
          observedAt: at(finishedAt),
          startedAt: at(finishedAt),
          finishedAt: at(finishedAt),
          status,
        },
      });
    }
    for (const [sha, receivedAt] of [
      ["a".repeat(64), "2026-12-01T11:00:00Z"],
      ["b".repeat(64), "2026-12-02T11:00:00Z"],
    ] as const) {
      await db.metricPush.create({
        data: {
          clusterId: cluster.id,
          contentSha256: sha,
          sourceRef: "collector test",
          samplesRead: 26,
          samplesNew: 26,
          receivedAt: at(receivedAt),
        },
      });
    }
    const counts = await readOperationalCounts(db);
    expect(counts.imports.sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { cluster: "eks-a", source: "push", status: "completed", count: 2 },
      { cluster: "eks-a", source: "push", status: "failed", count: 1 },
    ]);
    expect(counts.lastSuccessfulImport).toEqual([
      { cluster: "eks-a", finishedAt: at("2026-12-02T10:00:00Z") },
    ]);
    expect(counts.metricPushes).toEqual([
      { cluster: "eks-a", count: 2, lastReceivedAt: at("2026-12-02T11:00:00Z") },
    ]);
    expect(counts.digestSends).toEqual([]);
  });
});

describe("checkReadiness", () => {
  it("is ready on the migrated test database, and names the migrations a database lacks", async () => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      const ready = await checkReadiness(pool);
      expect(ready).toEqual({ ready: true, database: "reachable", pendingMigrations: [] });
      const status = await getMigrationStatus(pool, [
        { name: "29991231000000_not_yet_applied", sql: "", checksum: "" },
      ]);
      expect(status.pending).toEqual(["29991231000000_not_yet_applied"]);
    } finally {
      await pool.end();
    }
  });

  it("reports an unreachable database", async () => {
    const pool = new pg.Pool({ connectionString: "postgresql://nobody@127.0.0.1:1/none", max: 1 });
    try {
      const readiness = await checkReadiness(pool);
      expect(readiness.ready).toBe(false);
      expect(readiness.database).toBe("unreachable");
    } finally {
      await pool.end();
    }
  });
});
