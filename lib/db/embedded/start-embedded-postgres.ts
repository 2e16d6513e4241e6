import { createServer } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./data-dir-lock";
import { seedFromEmbeddedTemplate } from "./embedded-template";

export interface EmbeddedPostgres {
  /** A postgres:// URL that pg, Prisma and psql connect to. */
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Starts PostgreSQL embedded in this process (PGlite, PostgreSQL compiled to WebAssembly) and
 * serves it over the PostgreSQL wire protocol on loopback, so that every part of Tierscope
 * connects to it exactly as it connects to a real server: same driver, same migrations, same SQL.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  /** A new database starts as a copy of the migrated template (embedded-template.ts) when one matches. */
  fromTemplate?: boolean;
}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const lock = lockDataDir(dataDir);
  try {
    const pgdata = path.join(dataDir, "pglite");
    if (options.fromTemplate) seedFromEmbeddedTemplate(pgdata);
    const db = await PGlite.create(pgdata);
    const port = options.port ?? (await freePort());
    // PGlite runs one query at a time; the socket server queues the connections' queries.
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
    await server.start();
    return {
      // PGlite accepts any user and password and always serves the database "postgres".
      url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      dataDir,
      async stop() {
        await server.stop();
        await db.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
