import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

/** Set by openDatabase to the embedded server's URL, for this process and its children. */
export const EMBEDDED_URL_VARIABLE = "TIERSCOPE_EMBEDDED_DATABASE_URL";

export function createPrisma(connectionString: string): PrismaClient {
  // PGlite has a single session, shared by every connection to its socket: an open transaction on
  // one connection and a prepared statement on another clobber each other's unnamed statement
  // ("bind message supplies 1 parameters, but prepared statement "" requires 3"). One connection
  // per process to the embedded database makes queries wait in the pool instead.
  const embedded = process.env[EMBEDDED_URL_VARIABLE] === connectionString;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...(embedded ? { max: 1 } : {}) }) });
}

const cache = globalThis as unknown as { tierscopePrisma?: PrismaClient; tierscopePool?: pg.Pool };

/**
 * The process-wide pg pool on DATABASE_URL, shared by the app's Prisma client and the job queue
 * (pg-boss): on the embedded database it holds its one connection (see createPrisma).
 */
export function getPool(): pg.Pool {
  if (!cache.tierscopePool) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set: start the app with `tierscope serve` or `tierscope demo`.");
    }
    const embedded = process.env[EMBEDDED_URL_VARIABLE] === url;
    cache.tierscopePool = new pg.Pool({ connectionString: url, ...(embedded ? { max: 1 } : {}) });
  }
  return cache.tierscopePool;
}

/**
 * The process-wide client for the web app, connected to DATABASE_URL: the real server, or the
 * embedded one that `tierscope serve` started and pointed DATABASE_URL at.
 */
export function getPrisma(): PrismaClient {
  if (!cache.tierscopePrisma) {
    cache.tierscopePrisma = new PrismaClient({ adapter: new PrismaPg(getPool()) });
  }
  return cache.tierscopePrisma;
}
