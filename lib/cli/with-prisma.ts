import { createPrisma, type Db } from "../db/prisma";
import { openDatabaseWithCatalog } from "./ensure-price-catalog";

/** Opens the configured database (migrated), runs `work` with a client on it, and closes both. */
export async function withPrisma<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabaseWithCatalog();
  const db = createPrisma(database.url);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}
