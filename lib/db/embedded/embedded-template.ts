import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { readMigrations } from "../migrate/read-migrations";

// A fresh embedded database starts from a template when one matches: `npm install` (postinstall,
// scripts/build-embedded-template.ts) creates a database, applies every migration and loads the
// bundled price catalog once, and keeps its files here. Creating a database (initdb in WebAssembly)
// and migrating it take a minute or more on a busy machine; copying the template takes a second.
// The template is named by what makes it valid (the PGlite version and every migration's checksum),
// so after a pull that adds a migration it no longer matches and a fresh database is made as before.
// Whatever starts from it still applies pending migrations and loads the catalog, as always.

const ROOT = path.resolve(import.meta.dirname, "../../..");
export const EMBEDDED_TEMPLATES_DIR = path.join(ROOT, ".data-template");

/** The folder holding the template for this checkout's PGlite and migrations. */
export function embeddedTemplateDir(): string {
  const pglite = JSON.parse(
    readFileSync(path.join(ROOT, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8"),
  ) as { version: string };
  const hash = createHash("sha256").update(`pglite ${pglite.version}\n`);
  for (const migration of readMigrations()) hash.update(`${migration.name} ${migration.checksum}\n`);
  return path.join(EMBEDDED_TEMPLATES_DIR, hash.digest("hex").slice(0, 16));
}

/**
 * Copies the matching template into `pgdata` (PGlite's data folder) when `pgdata` does not exist
 * yet; true when it did. The copy goes to a temporary folder first, so a copy cut short leaves no
 * half database behind.
 */
export function seedFromEmbeddedTemplate(pgdata: string): boolean {
  if (existsSync(pgdata)) return false;
  const template = embeddedTemplateDir();
  if (!existsSync(path.join(template, "PG_VERSION"))) return false;
  const partial = `${pgdata}.partial`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(template, partial, { recursive: true });
  renameSync(partial, pgdata);
  return true;
}
