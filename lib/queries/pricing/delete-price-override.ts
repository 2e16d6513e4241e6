import type { Db } from "../../db/prisma";

export class PriceOverrideNotFoundError extends Error {
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
