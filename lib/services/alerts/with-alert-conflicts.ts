import { Prisma } from "../../db/generated/client";
import { ConflictError } from "../service-errors";

/** A unique violation as the conflict it is: the name is taken. */
export async function withAlertConflicts<T>(what: "rule" | "channel", write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConflictError(`alert ${what} name: another ${what} has this name`);
    throw error;
  }
}
