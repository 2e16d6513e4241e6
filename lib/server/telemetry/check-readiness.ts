import type pg from "pg";
import { getMigrationStatus } from "../../db/migrate/apply-migrations";

export interface Readiness {
  ready: boolean;
  database: "reachable" | "unreachable";
  pendingMigrations: string[];
  error?: string;
}

/** Ready when the database answers and every committed migration has been applied to it. */
export async function checkReadiness(pool: pg.Pool): Promise<Readiness> {
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    return { ready: false, database: "unreachable", pendingMigrations: [], error: (error as Error).message };
  }
  const { pending } = await getMigrationStatus(pool);
  return { ready: pending.length === 0, database: "reachable", pendingMigrations: pending };
}
