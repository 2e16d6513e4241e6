import { availableParallelism } from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

/** Set by openDatabase to the embedded server's URL, for this process and its children. */
export const EMBEDDED_URL_VARIABLE = "TIERSCOPE_EMBEDDED_DATABASE_URL";

const concurrentTransactions = new WeakMap<PrismaClient, number>();

/**
 * How many long write transactions (one per cluster, when costs are computed) this client can run
 * side by side: one on the embedded database, whose single session serialises everything; on a
 * server, one per core up to four, since each runs in its own server process.
 */
export function concurrentTransactionsOf(db: PrismaClient): number {
  return concurrentTransactions.get(db) ?? 1;
}

function registerTransactionBudget(db: PrismaClient, embedded: boolean): PrismaClient {
  concurrentTransactions.set(db, embedded ? 1 : Math.min(4, availableParallelism()));
  return db;
}

export function createPrisma(connectionString: string): PrismaClient {
  // PGlite has a single session, shared by every connection to its socket: an open transaction on
  // one connection and a prepared statement on another clobber each other's unnamed statement
  // ("bind message supplies 1 parameters, but prepared statement "" requires 3"). One connection
  // per process to the embedded database makes queries wait in the pool instead.
  const embedded = process.env[EMBEDDED_URL_VARIABLE] === connectionString;
  const adapter = new PrismaPg({ connectionString, ...(embedded ? { max: 1 } : {}) });
  return registerTransactionBudget(new PrismaClient({ adapter }), embedded);
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
    const embedded = process.env[EMBEDDED_URL_VARIABLE] === process.env.DATABASE_URL;
    cache.tierscopePrisma = registerTransactionBudget(
      new PrismaClient({ adapter: new PrismaPg(getPool()) }),
      embedded,
    );
  }
  return cache.tierscopePrisma;
}
