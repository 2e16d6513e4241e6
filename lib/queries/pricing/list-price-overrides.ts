import type { Db } from "../../db/prisma";
import { type PriceOverrideDto, toPriceOverrideDto } from "./price-override-dto";

/** Every price override and discount, newest first. */
export async function listPriceOverrides(db: Db): Promise<PriceOverrideDto[]> {
  const rows = await db.priceOverride.findMany({
    include: { cluster: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(toPriceOverrideDto);
}
