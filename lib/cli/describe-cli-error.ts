import { ZodError } from "zod";
import { describeDatabaseError } from "../db/describe-database-error";

/**
 * What `tierscope` prints for a failed command: one line. Database errors are told as what the
 * user did; invalid input by its first problem, the field named ("password: Too small: …"); any
 * other message by its first line that says something (never an empty one).
 */
export function describeCliError(error: unknown): string {
  const database = describeDatabaseError(error);
  if (database) return database.message;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split("\n").find((l) => l.trim() !== "");
  return line?.trim() ?? (error instanceof Error ? error.name : "unknown error");
}
