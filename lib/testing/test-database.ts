import { afterAll, beforeEach, inject } from "vitest";
import { createPrisma, type Db, EMBEDDED_URL_VARIABLE } from "../db/prisma";

/**
 * A Prisma client on the run's test database, with every table emptied before each test, so each
 * test states exactly the rows it depends on.
 */
export function setUpTestDatabase(): { db: Db; url: string } {
  const url = inject("databaseUrl");
  if (inject("databaseEmbedded")) process.env[EMBEDDED_URL_VARIABLE] = url;
  const db = createPrisma(url);
  beforeEach(async () => {
    await truncateAll(db);
  });
  afterAll(async () => {
    await db.$disconnect();
  });
  return { db, url };
}

export async function truncateAll(db: Db): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"${t.tablename}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${list} CASCADE`);
}
