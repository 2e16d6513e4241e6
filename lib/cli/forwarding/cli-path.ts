import path from "node:path";
import { forwardedInvocation } from "./forwarded-invocation";

/**
 * A path from the command line as the caller meant it: a forwarded command runs in the server's
 * working directory, so a relative path is resolved against the caller's. Run directly, unchanged.
 */
export function cliPath(value: string): string {
  const invocation = forwardedInvocation();
  return invocation ? path.resolve(invocation.cwd, value) : value;
}

/** cliPath for a variadic option or argument: commander hands each value with those before it. */
export function cliPaths(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), cliPath(value)];
}
