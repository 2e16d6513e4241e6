import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, getMigrationStatus, MigrationHistoryError } from "./apply-migrations";
import { readMigrations } from "./read-migrations";

const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
afterAll(() => pool.end());

describe("applyMigrations", () => {
  it("has applied every committed migration, and a second run applies none", async () => {
    const committed = readMigrations().map((m) => m.name);
    expect(committed.length).toBeGreaterThan(0);
    expect(await applyMigrations(pool)).toEqual([]);
    const status = await getMigrationStatus(pool);
    expect(status.pending).toEqual([]);
    expect(status.applied).toEqual(committed);
  });

  it("records Prisma's checksum of each migration file", async () => {
    const [first] = readMigrations();
    const row = await pool.query("SELECT checksum FROM _prisma_migrations WHERE migration_name = $1", [
      first?.name,
    ]);
    expect(row.rows[0]?.checksum).toBe(first?.checksum);
    expect(first?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a migration edited after it was applied", async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(pool, edited)).rejects.toThrow(/was edited after it was applied/);
  });

  it("rolls back a failing migration and records nothing of it", async () => {
    const broken = {
      name: "99990101000000_broken",
      sql: "CREATE TABLE half_written (id int); SELECT 1 / 0;",
      checksum: "f".repeat(64),
    };
    await expect(applyMigrations(pool, [...readMigrations(), broken])).rejects.toThrow(MigrationHistoryError);
    const table = await pool.query("SELECT to_regclass('half_written') AS t");
    expect(table.rows[0]?.t).toBeNull();
    const history = await pool.query("SELECT 1 FROM _prisma_migrations WHERE migration_name = $1", [
      broken.name,
    ]);
    expect(history.rowCount).toBe(0);
  });
});
