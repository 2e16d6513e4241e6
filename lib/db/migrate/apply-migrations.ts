import type { Pool } from "pg";
import { type MigrationFileContent, readMigrations } from "./read-migrations";

// Prisma Migrate's own history table, column for column, so that `prisma migrate status` on a
// machine with the native engine reads the same history this applier writes.
const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

// The advisory lock key `prisma migrate deploy` takes, so two deployers never interleave.
const MIGRATION_LOCK_KEY = 72707369;

export class MigrationHistoryError extends Error {
  override name = "MigrationHistoryError";
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function readHistory(pool: Pool): Promise<HistoryRow[]> {
  const exists = await pool.query<{ present: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present",
  );
  if (!exists.rows[0]?.present) return [];
  const result = await pool.query<HistoryRow>(
    "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at",
  );
  return result.rows.filter((row) => row.rolled_back_at === null);
}

/** Refuses a history that `prisma migrate deploy` would refuse: failed or edited migrations. */
function checkHistory(history: HistoryRow[], migrations: MigrationFileContent[]): void {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of history) {
    if (row.finished_at === null) {
      throw new MigrationHistoryError(
        `Migration ${row.migration_name} started but did not finish: resolve it before applying more.`,
      );
    }
    const file = byName.get(row.migration_name);
    if (file && file.checksum !== row.checksum) {
      throw new MigrationHistoryError(
        `Migration ${row.migration_name} was edited after it was applied (checksum differs).`,
      );
    }
  }
}

export async function getMigrationStatus(
  pool: Pool,
  migrations: MigrationFileContent[] = readMigrations(),
): Promise<MigrationStatus> {
  const history = await readHistory(pool);
  const applied = new Set(history.map((row) => row.migration_name));
  return {
    applied: [...applied],
    pending: migrations.filter((m) => !applied.has(m.name)).map((m) => m.name),
  };
}

/**
 * Applies the committed migrations the database has not run yet, each in its own transaction,
 * recording each in `_prisma_migrations` as `prisma migrate deploy` does. Safe to call from
 * several processes at once: they queue on Prisma's advisory lock.
 */
export async function applyMigrations(
  pool: Pool,
  migrations: MigrationFileContent[] = readMigrations(),
): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_HISTORY_TABLE);
    const history = await readHistory(pool);
    checkHistory(history, migrations);
    const done = new Set(history.map((row) => row.migration_name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES (gen_random_uuid(), $1, $2, now(), now(), 1)`,
          [migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationHistoryError(
          `Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`,
        );
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}
