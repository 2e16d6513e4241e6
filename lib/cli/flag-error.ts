import { ZodError } from "zod";

/** A service's validation error as the CLI flag it came from: "--monthly-amount: more than 0". */
export function flagError(error: unknown): never {
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const flag = String(issue?.path[0] ?? "name").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    throw new Error(`--${flag}: ${issue?.message}`);
  }
  throw error;
}
