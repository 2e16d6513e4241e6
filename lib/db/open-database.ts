import pg from "pg";
import { dataDirFrom, readEnv } from "../env";
import { startEmbeddedPostgres } from "./embedded/start-embedded-postgres";
import { applyMigrations } from "./migrate/apply-migrations";
import { EMBEDDED_URL_VARIABLE } from "./prisma";

export interface OpenDatabase {
  readonly url: string;
  readonly target: "embedded" | "server";
  /** Where the embedded database lives; undefined for a server. */
  readonly dataDir?: string;
  /** The migrations this open applied. */
  readonly applied: string[];
  close(): Promise<void>;
}

/**
 * The one way every command reaches its database: DATABASE_URL when set, otherwise the embedded
 * PostgreSQL under TIERSCOPE_DATA_DIR, started here. Pending migrations are applied either way,
 * and DATABASE_URL is set for the rest of the process (the web app reads it). `fromTemplate` (the
 * demo) starts a new embedded database from the migrated template when one matches.
 */
export async function openDatabase(
  options: { migrate?: boolean; fromTemplate?: boolean } = {},
): Promise<OpenDatabase> {
  const env = readEnv();
  const embedded = env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: dataDirFrom(env), fromTemplate: options.fromTemplate });
  const url = env.DATABASE_URL ?? (embedded?.url as string);
  try {
    let applied: string[] = [];
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      await pool.query("SELECT 1").catch((error: Error) => {
        const where = embedded ? "the embedded database" : `the PostgreSQL server ${new URL(url).host}`;
        throw new Error(`Cannot connect to ${where} (DATABASE_URL): ${error.message}`);
      });
      if (options.migrate !== false) applied = await applyMigrations(pool);
    } finally {
      await pool.end();
    }
    process.env.DATABASE_URL = url;
    if (embedded) process.env[EMBEDDED_URL_VARIABLE] = url;
    return {
      url,
      target: embedded ? "embedded" : "server",
      dataDir: embedded?.dataDir,
      applied,
      close: async () => {
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
