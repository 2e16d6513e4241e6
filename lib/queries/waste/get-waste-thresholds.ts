import {
  parseWasteThresholds,
  WASTE_THRESHOLDS_KEY,
  type WasteThresholds,
} from "../../costing/waste/thresholds";
import type { Db } from "../../db/prisma";

/** The thresholds in force: the `waste.thresholds` setting over the defaults, with any warnings. */
export async function getWasteThresholds(
  db: Db,
): Promise<{ thresholds: WasteThresholds; warnings: string[] }> {
  const setting = await db.setting.findUnique({ where: { key: WASTE_THRESHOLDS_KEY } });
  return parseWasteThresholds(setting?.value);
}
