import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../db/embedded/start-embedded-postgres";
import { applyMigrations } from "../db/migrate/apply-migrations";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The tests run on the embedded database: clients must treat it as the app does (one connection). */
    databaseEmbedded: boolean;
  }
}

/**
 * The database tests' target: the server DATABASE_URL names (CI runs them against Debian's
 * PostgreSQL), otherwise a fresh embedded PostgreSQL in a temporary folder. Either way the
 * committed migrations are applied first, by the same code the app uses.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dataDir = mkdtempSync(path.join(tmpdir(), "tierscope-test-"));
    embedded = await startEmbeddedPostgres({ dataDir });
    url = embedded.url;
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await applyMigrations(pool);
    const version = await pool.query<{ version: string }>("SELECT version()");
    const target = embedded ? "embedded PGlite" : `server ${new URL(url).host}`;
    console.log(`Database tests target: ${target}: ${version.rows[0]?.version.split(",")[0]}`);
  } finally {
    await pool.end();
  }
  project.provide("databaseUrl", url);
  project.provide("databaseEmbedded", embedded !== undefined);

  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
