import {
  GPU_IDLE_SETTINGS_KEY,
  type GpuIdleSettings,
  parseGpuIdleSettings,
} from "../../costing/gpu/settings";
import type { Db } from "../../db/prisma";

/** The GPU-idle settings in force: the `gpu.idle` setting over the defaults, with any warnings. */
export async function getGpuIdleSettings(db: Db): Promise<{ settings: GpuIdleSettings; warnings: string[] }> {
  const setting = await db.setting.findUnique({ where: { key: GPU_IDLE_SETTINGS_KEY } });
  return parseGpuIdleSettings(setting?.value);
}
