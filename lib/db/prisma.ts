import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

export function createPrisma(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

const cache = globalThis as unknown as { tierscopePrisma?: PrismaClient };

/**
 * The process-wide client for the web app, connected to DATABASE_URL: the real server, or the
 * embedded one that `tierscope serve` started and pointed DATABASE_URL at.
 */
export function getPrisma(): PrismaClient {
  if (!cache.tierscopePrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set: start the app with `tierscope serve` or `tierscope demo`.");
    }
    cache.tierscopePrisma = createPrisma(url);
  }
  return cache.tierscopePrisma;
}
