import type { Db } from "../../db/prisma";
import { NotFoundError } from "../../services/service-errors";

export class PriceOverrideNotFoundError extends NotFoundError {
  override name = "PriceOverrideNotFoundError";
  constructor(readonly id: string) {
    super(`No price override with id ${id}`);
  }
}

/** Deletes an override; one that cost facts already cite is kept (their provenance must stay). */
export async function deletePriceOverride(db: Db, id: string): Promise<void> {
  const deleted = await db.priceOverride.deleteMany({ where: { id } });
  if (deleted.count === 0) throw new PriceOverrideNotFoundError(id);
}
