import { z } from "zod";

/** The Setting row holding the thresholds (a JSON object; any field left out takes its default). */
export const WASTE_THRESHOLDS_KEY = "waste.thresholds";

/**
 * The thresholds every rule reads. Stored in `setting` under `waste.thresholds` as JSON, e.g.
 * `{"availableDays": 7, "unmountedDays": 14, "retentionKeep": 14, "retentionMaxAgeDays": 30,
 *   "oversizedUsedRatio": 0.33, "oversizedMinSamples": 7, "snapshotDailyChangeRate": 0.05}`.
 */
export interface WasteThresholds {
  /** An Available PV is waste once unbound for more than this many days. */
  availableDays: number;
  /** A Bound claim is waste once no pod has mounted it for more than this many days. */
  unmountedDays: number;
  /** Snapshots of one claim beyond the newest `retentionKeep` are excess… */
  retentionKeep: number;
  /** …and so are those older than this many days. */
  retentionMaxAgeDays: number;
  /** A volume is oversized when its 30-day p95 used bytes is below this share of its capacity… */
  oversizedUsedRatio: number;
  /** …measured over at least this many samples (fewer: not enough evidence to say). */
  oversizedMinSamples: number;
  /**
   * The change-rate model for snapshots whose stored size nobody reported: each later snapshot of
   * a chain stores this share of the source's size per day since the previous one.
   */
  snapshotDailyChangeRate: number;
}

export const DEFAULT_WASTE_THRESHOLDS: WasteThresholds = {
  availableDays: 7,
  unmountedDays: 14,
  retentionKeep: 14,
  retentionMaxAgeDays: 30,
  oversizedUsedRatio: 0.33,
  oversizedMinSamples: 7,
  snapshotDailyChangeRate: 0.05,
};

export const WASTE_THRESHOLD_FIELDS: Record<keyof WasteThresholds, z.ZodType<number>> = {
  availableDays: z.number().min(0).max(3650),
  unmountedDays: z.number().min(0).max(3650),
  retentionKeep: z.number().int().min(1).max(100_000),
  retentionMaxAgeDays: z.number().min(1).max(3650),
  oversizedUsedRatio: z.number().gt(0).max(1),
  oversizedMinSamples: z.number().int().min(1).max(1_000_000),
  snapshotDailyChangeRate: z.number().gt(0).max(1),
};

/**
 * The stored setting merged over the defaults. A field that is missing or invalid keeps its default
 * and is named in `warnings`: a typo in one threshold must not switch waste detection off.
 */
export function parseWasteThresholds(value: unknown): { thresholds: WasteThresholds; warnings: string[] } {
  const thresholds = { ...DEFAULT_WASTE_THRESHOLDS };
  const warnings: string[] = [];
  if (value === null || value === undefined) return { thresholds, warnings };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { thresholds, warnings: [`${WASTE_THRESHOLDS_KEY} is not a JSON object: using the defaults`] };
  }
  const stored = value as Record<string, unknown>;
  for (const [field, schema] of Object.entries(WASTE_THRESHOLD_FIELDS) as [
    keyof WasteThresholds,
    z.ZodType<number>,
  ][]) {
    if (!(field in stored)) continue;
    const parsed = schema.safeParse(stored[field]);
    if (parsed.success) thresholds[field] = parsed.data;
    else
      warnings.push(`${WASTE_THRESHOLDS_KEY}.${field} is invalid: using ${DEFAULT_WASTE_THRESHOLDS[field]}`);
  }
  return { thresholds, warnings };
}
