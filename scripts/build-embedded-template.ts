// Builds the migrated embedded database a first `tierscope demo` starts from
// (lib/db/embedded/embedded-template.ts): a fresh database, every migration, the bundled price
// catalog. `npm install` runs it (postinstall); it does nothing when the template for this checkout's
// PGlite and migrations exists, and removes templates of other versions. TIERSCOPE_SKIP_BUILD=1 or
// TIERSCOPE_SKIP_DEMO_TEMPLATE=1 (the container image, which serves PostgreSQL) skips it.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_TEMPLATES_DIR, embeddedTemplateDir } from "../lib/db/embedded/embedded-template";
import { startEmbeddedPostgres } from "../lib/db/embedded/start-embedded-postgres";
import { applyMigrations } from "../lib/db/migrate/apply-migrations";
import { createPrisma } from "../lib/db/prisma";
import { loadBundledCatalog } from "../lib/queries/pricing/load-bundled-catalog";

const template = embeddedTemplateDir();
if (process.env.TIERSCOPE_SKIP_BUILD === "1" || process.env.TIERSCOPE_SKIP_DEMO_TEMPLATE === "1") {
  console.log(
    "Embedded database template: not built (TIERSCOPE_SKIP_BUILD or TIERSCOPE_SKIP_DEMO_TEMPLATE).",
  );
} else if (existsSync(path.join(template, "PG_VERSION"))) {
  console.log(`Embedded database template: current (${path.relative(process.cwd(), template)}).`);
} else {
  const started = performance.now();
  console.log("Embedded database template: creating it (a minute or more), so a first demo starts fast...");
  mkdirSync(EMBEDDED_TEMPLATES_DIR, { recursive: true });
  const work = path.join(EMBEDDED_TEMPLATES_DIR, `building-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const embedded = await startEmbeddedPostgres({ dataDir: work });
  try {
    // Two connections: the migrations hold one for their advisory lock while they run on the other.
    const pool = new pg.Pool({ connectionString: embedded.url, max: 2 });
    await applyMigrations(pool).finally(() => pool.end());
    const db = createPrisma(embedded.url);
    await loadBundledCatalog(db, { now: new Date() }).finally(() => db.$disconnect());
  } finally {
    await embedded.stop();
  }
  for (const old of readdirSync(EMBEDDED_TEMPLATES_DIR)) {
    if (old !== path.basename(work))
      rmSync(path.join(EMBEDDED_TEMPLATES_DIR, old), { recursive: true, force: true });
  }
  renameSync(path.join(work, "pglite"), template);
  rmSync(work, { recursive: true, force: true });
  console.log(
    `Embedded database template: created in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
}
