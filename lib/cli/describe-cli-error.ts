import { describeDatabaseError } from "../db/describe-database-error";

/**
 * What `tierscope` prints for a failed command: one line. Database errors are told as what the
 * user did; any other message by its first line that says something (never an empty one).
 */
export function describeCliError(error: unknown): string {
  const database = describeDatabaseError(error);
  if (database) return database.message;
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split("\n").find((l) => l.trim() !== "");
  return line?.trim() ?? (error instanceof Error ? error.name : "unknown error");
}
