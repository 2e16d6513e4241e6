import { z } from "zod";

/** The Setting row holding the GPU-idle model's settings (a JSON object; missing fields take defaults). */
export const GPU_IDLE_SETTINGS_KEY = "gpu.idle";

/**
 * Every threshold of the GPU-idle model, shown on the GPU efficiency page and in the JSON output.
 * Stored in `setting` under `gpu.idle`, e.g. `{"ioPressureThreshold": 0.1, "targetUtilisation": 0.9}`.
 */
export interface GpuIdleSettings {
  /** Idle time counts as waiting on storage while the pod's I/O pressure (PSI "some") is at or above this. */
  ioPressureThreshold: number;
  /**
   * Gap rule: a sample holds until the next one, but for at most this many times the series' median
   * sampling interval…
   */
  maxGapIntervals: number;
  /** …and never longer than this many minutes. Time no sample covers is "unmeasured". */
  maxHoldMinutes: number;
  /** Where no I/O pressure was measured, idle time of a workload with a dataset or checkpoint volume on a slow tier counts as storage-bound. */
  slowTierWithoutPressure: boolean;
  /** Catalog products (id prefixes) that count as slow tiers for training data and checkpoints. */
  slowProducts: string[];
  /** A workload is storage-bound when at least this share of its idle GPU-hours is storage-bound. */
  storageBoundMinShare: number;
  /** The utilisation a faster tier is assumed to lift a storage-bound workload to (the ROI model). */
  targetUtilisation: number;
}

export const DEFAULT_SLOW_PRODUCTS = [
  "ebs-gp2",
  "ebs-gp3",
  "ebs-st1",
  "ebs-sc1",
  "ebs-standard",
  "efs-",
  "s3-",
  "azure-standard-",
  "azure-premium-ssd-lrs",
  "azure-premium-ssd-zrs",
  "azure-files-transaction-optimized",
  "azure-files-hot",
  "azure-files-cool",
  "azure-blob-",
  "gce-pd-standard",
  "gce-pd-balanced",
  "gce-pd-ssd",
  "filestore-basic-",
  "gcs-",
];

export const DEFAULT_GPU_IDLE_SETTINGS: GpuIdleSettings = {
  ioPressureThreshold: 0.1,
  maxGapIntervals: 2,
  maxHoldMinutes: 60,
  slowTierWithoutPressure: true,
  slowProducts: DEFAULT_SLOW_PRODUCTS,
  storageBoundMinShare: 0.5,
  targetUtilisation: 0.9,
};

export const GPU_IDLE_SETTING_FIELDS: { [K in keyof GpuIdleSettings]: z.ZodType<GpuIdleSettings[K]> } = {
  ioPressureThreshold: z.number().gt(0).max(1),
  maxGapIntervals: z.number().min(1).max(1000),
  maxHoldMinutes: z.number().gt(0).max(10_080),
  slowTierWithoutPressure: z.boolean(),
  slowProducts: z.array(z.string().min(1).max(100)).max(500),
  storageBoundMinShare: z.number().gt(0).max(1),
  targetUtilisation: z.number().gt(0).max(1),
};

/**
 * The stored setting merged over the defaults. A missing or invalid field keeps its default and is
 * named in `warnings`, so one typo does not switch the model off.
 */
export function parseGpuIdleSettings(value: unknown): { settings: GpuIdleSettings; warnings: string[] } {
  const settings: GpuIdleSettings = { ...DEFAULT_GPU_IDLE_SETTINGS };
  const warnings: string[] = [];
  if (value === null || value === undefined) return { settings, warnings };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { settings, warnings: [`${GPU_IDLE_SETTINGS_KEY} is not a JSON object: using the defaults`] };
  }
  const stored = value as Record<string, unknown>;
  for (const field of Object.keys(GPU_IDLE_SETTING_FIELDS) as (keyof GpuIdleSettings)[]) {
    if (!(field in stored)) continue;
    const parsed = GPU_IDLE_SETTING_FIELDS[field].safeParse(stored[field]);
    if (parsed.success) Object.assign(settings, { [field]: parsed.data });
    else warnings.push(`${GPU_IDLE_SETTINGS_KEY}.${field} is invalid: using the default`);
  }
  return { settings, warnings };
}
