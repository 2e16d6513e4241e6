import { createPrisma, type Db } from "../db/prisma";
import { openDatabaseWithCatalog } from "./ensure-price-catalog";
import { forwardedInvocation } from "./forwarding/forwarded-invocation";

/**
 * Opens the configured database (migrated), runs `work` with a client on it, and closes both. A
 * command forwarded to a server runs on the server's client, which stays open.
 */
export async function withPrisma<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const invocation = forwardedInvocation();
  if (invocation) return work(invocation.db);
  const database = await openDatabaseWithCatalog();
  const db = createPrisma(database.url);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}
