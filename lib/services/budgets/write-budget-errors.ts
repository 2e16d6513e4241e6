import { Prisma } from "../../db/generated/client";
import { ConflictError } from "../service-errors";

/** A unique violation as the conflict it is: the name, or the group and currency, already budgeted. */
export async function withBudgetConflicts<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = String((error.meta as { target?: unknown } | undefined)?.target ?? "");
      throw new ConflictError(
        target.includes("name")
          ? "budget name: another budget has this name"
          : "budget scope: this group already has a budget in this currency",
      );
    }
    throw error;
  }
}
