import { z } from "zod";

/** The Setting row holding the thresholds (a JSON object; any field left out takes its default). */
export const RECOMMENDATION_THRESHOLDS_KEY = "recommendations.thresholds";

/**
 * The guardrails every rule reads. Stored in `setting` under `recommendations.thresholds` as JSON,
 * e.g. `{"ioHeadroom": 0.3, "minIoSamples": 7, "tierOverflowRatio": 0.25, "coldCheckpointDays": 7,
 * "archiveCheckpointDays": 60, "scratchMaxGib": 2048, "activeWithinDays": 14, "sharedDatasetMinReaders": 2}`.
 */
export interface RecommendationThresholds {
  /** A proposed tier must carry the measured p95 IOPS and throughput times (1 + this). */
  ioHeadroom: number;
  /** Measured I/O counts only with at least this many samples in the window. */
  minIoSamples: number;
  /** A Premium SSD disk at most this share above a size tier (600 GiB over 512: 17 %) is "just over" it. */
  tierOverflowRatio: number;
  /** A checkpoint volume no pod has mounted for more than this many days is cold… */
  coldCheckpointDays: number;
  /** …and for more than this many, archive-cold. */
  archiveCheckpointDays: number;
  /** Scratch claims larger than this do not fit a GPU node's local NVMe. */
  scratchMaxGib: number;
  /**
   * Tier moves are for claims in use: a pod mounted them in the last N days. One unused for longer is
   * waste to delete (the Waste page), not to move; cold checkpoints are the exception.
   */
  activeWithinDays: number;
  /** A dataset is shared when at least this many pods read it in the window. */
  sharedDatasetMinReaders: number;
}

export const DEFAULT_RECOMMENDATION_THRESHOLDS: RecommendationThresholds = {
  ioHeadroom: 0.3,
  minIoSamples: 7,
  tierOverflowRatio: 0.25,
  coldCheckpointDays: 7,
  archiveCheckpointDays: 60,
  scratchMaxGib: 2048,
  activeWithinDays: 14,
  sharedDatasetMinReaders: 2,
};

export const RECOMMENDATION_THRESHOLD_FIELDS: Record<keyof RecommendationThresholds, z.ZodType<number>> = {
  ioHeadroom: z.number().min(0).max(10),
  minIoSamples: z.number().int().min(1).max(1_000_000),
  tierOverflowRatio: z.number().gt(0).max(1),
  coldCheckpointDays: z.number().min(0).max(3650),
  archiveCheckpointDays: z.number().min(0).max(3650),
  scratchMaxGib: z.number().gt(0).max(1_000_000),
  activeWithinDays: z.number().min(0).max(3650),
  sharedDatasetMinReaders: z.number().int().min(1).max(100_000),
};

/**
 * The stored setting merged over the defaults. A field that is missing or invalid keeps its default
 * and is named in `warnings`: a typo in one threshold must not switch the rules off.
 */
export function parseRecommendationThresholds(value: unknown): {
  thresholds: RecommendationThresholds;
  warnings: string[];
} {
  const thresholds = { ...DEFAULT_RECOMMENDATION_THRESHOLDS };
  const warnings: string[] = [];
  if (value === null || value === undefined) return { thresholds, warnings };
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      thresholds,
      warnings: [`${RECOMMENDATION_THRESHOLDS_KEY} is not a JSON object: using the defaults`],
    };
  }
  const stored = value as Record<string, unknown>;
  for (const [field, schema] of Object.entries(RECOMMENDATION_THRESHOLD_FIELDS) as [
    keyof RecommendationThresholds,
    z.ZodType<number>,
  ][]) {
    if (!(field in stored)) continue;
    const parsed = schema.safeParse(stored[field]);
    if (parsed.success) thresholds[field] = parsed.data;
    else
      warnings.push(
        `${RECOMMENDATION_THRESHOLDS_KEY}.${field} is invalid: using ${DEFAULT_RECOMMENDATION_THRESHOLDS[field]}`,
      );
  }
  return { thresholds, warnings };
}
