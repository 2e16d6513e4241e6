import { createPrisma } from "../db/prisma";
import { loadBundledCatalog } from "../queries/pricing/load-bundled-catalog";

/**
 * Loads the bundled price catalog into the database at `url` (idempotent: a catalog already loaded
 * is left as it is). `serve`, `demo` and `prices` call it after migrations.
 */
export async function ensurePriceCatalog(url: string): Promise<void> {
  const db = createPrisma(url);
  try {
    const result = await loadBundledCatalog(db, { now: new Date() });
    if (result.entriesCreated > 0 || result.entriesUpdated > 0) {
      console.log(
        `Price catalog: ${result.entriesCreated} bundled prices loaded, ${result.entriesUpdated} corrected`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}
