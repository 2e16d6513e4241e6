import { type OpenDatabase, openDatabase } from "../db/open-database";
import { createPrisma } from "../db/prisma";
import { loadBundledCatalog } from "../services/pricing/load-bundled-catalog";
import { systemContext } from "../services/service-context";
import { forwardedInvocation } from "./forwarding/forwarded-invocation";

/**
 * Loads the bundled price catalog into the database at `url` (idempotent: a catalog already loaded
 * is left as it is, a corrected one is updated). `serve`, `demo` and `migrate` say what changed;
 * the other commands load it silently, so their output (JSON, CSV) stays only theirs.
 */
export async function ensurePriceCatalog(url: string, { quiet = false } = {}): Promise<void> {
  const db = createPrisma(url);
  try {
    const result = await loadBundledCatalog(db, {
      ctx: systemContext("price catalog"),
      input: { now: new Date() },
    });
    if (!quiet && (result.entriesCreated > 0 || result.entriesUpdated > 0)) {
      console.log(
        `Price catalog: ${result.entriesCreated} bundled prices loaded, ${result.entriesUpdated} corrected`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

/**
 * The database every command opens: migrated, with the bundled price catalog loaded, so a CLI-only
 * user (`migrate`, `import files`, `costs`, no `serve`) gets priced costs. `migrate --status` opens
 * it unmigrated and loads nothing.
 */
export async function openDatabaseWithCatalog(
  options: { migrate?: boolean; quiet?: boolean } = {},
): Promise<OpenDatabase> {
  const invocation = forwardedInvocation();
  if (invocation) return invocation.database;
  const database = await openDatabase({ migrate: options.migrate });
  if (options.migrate === false) return database;
  try {
    await ensurePriceCatalog(database.url, { quiet: options.quiet ?? true });
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
