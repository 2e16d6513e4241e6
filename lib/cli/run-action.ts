import { InvalidArgumentError } from "commander";
import { describeCliError } from "./describe-cli-error";
import { CliExit, exitCli } from "./forwarding/cli-exit";

/**
 * Wraps a command's action: any error ends the process with status 1 and one line naming what
 * went wrong (the stack only with TIERSCOPE_DEBUG=1).
 */
export function runAction<Args extends unknown[]>(
  action: (...args: Args) => Promise<void>,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      if (error instanceof CliExit) throw error;
      console.error(`tierscope: ${describeCliError(error)}`);
      if (process.env.TIERSCOPE_DEBUG === "1") console.error(error);
      exitCli(1);
    }
  };
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError("Expected a whole number from 1 to 65535.");
  }
  return port;
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError("Expected a whole number from 1.");
  return number;
}
