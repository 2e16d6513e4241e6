import { forwardedInvocation } from "./forwarded-invocation";

/** A forwarded command ended with this status: the server reports it, and keeps running. */
export class CliExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
    this.name = "CliExit";
  }
}

/** Ends the command with `status`: the process when run directly, only the command when forwarded. */
export function exitCli(status: number): never {
  if (forwardedInvocation()) throw new CliExit(status);
  process.exit(status);
}
