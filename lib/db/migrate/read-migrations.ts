import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");

export interface MigrationFileContent {
  name: string;
  sql: string;
  /** sha256 of migration.sql, hex: the same checksum `prisma migrate` records. */
  checksum: string;
}

/** The committed migrations, in the order Prisma applies them (directory names sort by timestamp). */
export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFileContent[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}
