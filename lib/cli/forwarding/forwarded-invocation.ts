import { AsyncLocalStorage } from "node:async_hooks";
import type { OpenDatabase } from "../../db/open-database";
import type { Db } from "../../db/prisma";

/**
 * A command that a `tierscope` process forwarded to the server holding the embedded database, as
 * the server runs it: where the caller stands, where its output goes, and the server's one client.
 */
export interface ForwardedInvocation {
  /** The caller's working directory: relative paths in its arguments are relative to it. */
  readonly cwd: string;
  /** The server's database, migrated and priced when it started; closing it does nothing. */
  readonly database: OpenDatabase;
  /** The server's client: its one pooled connection on the embedded database. */
  readonly db: Db;
  writeStdout(chunk: string | Uint8Array): void;
  writeStderr(chunk: string | Uint8Array): void;
  /** Asks the caller for a password: its hidden prompt, or the first line of its standard input. */
  readPassword(): Promise<string>;
}

const invocations = new AsyncLocalStorage<ForwardedInvocation>();

export function runForwarded<T>(invocation: ForwardedInvocation, work: () => Promise<T>): Promise<T> {
  return invocations.run(invocation, work);
}

/** The forwarded command this code runs for, or undefined in a `tierscope` run directly. */
export function forwardedInvocation(): ForwardedInvocation | undefined {
  return invocations.getStore();
}
