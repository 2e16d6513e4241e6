import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// The process holding the embedded database publishes its loopback address here for its lifetime,
// so that `tierscope exec` beside it can hand its command a connection to the same database: the
// socket server queues every connection's statements and keeps a transaction on its own connection.

function urlFileOf(dataDir: string): string {
  return path.join(dataDir, "embedded-database.url");
}

export function publishEmbeddedDatabaseUrl(dataDir: string, url: string): void {
  writeFileSync(urlFileOf(dataDir), url, { mode: 0o600 });
}

export function withdrawEmbeddedDatabaseUrl(dataDir: string): void {
  rmSync(urlFileOf(dataDir), { force: true });
}

/** The address the lock owner published, or undefined while it has none (still starting). */
export function readEmbeddedDatabaseUrl(dataDir: string): string | undefined {
  try {
    return readFileSync(urlFileOf(dataDir), "utf8").trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
