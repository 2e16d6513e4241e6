import {
  ANOMALY_SETTINGS_KEY,
  type AnomalySettings,
  parseAnomalySettings,
} from "../../costing/anomalies/anomaly-settings";
import type { Db } from "../../db/prisma";

/** The anomaly settings in force: the `anomalies` setting over the defaults, with any warnings. */
export async function getAnomalySettings(db: Db): Promise<{ settings: AnomalySettings; warnings: string[] }> {
  const setting = await db.setting.findUnique({ where: { key: ANOMALY_SETTINGS_KEY } });
  return parseAnomalySettings(setting?.value);
}
