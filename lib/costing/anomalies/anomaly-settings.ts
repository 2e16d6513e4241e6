/** The Setting row holding the anomaly settings (a JSON object; missing fields take defaults). */
export const ANOMALY_SETTINGS_KEY = "anomalies";

/**
 * The robust baseline's parameters (setting `anomalies`, README "Anomalies"): a day is anomalous
 * when it is further from the median of the `baselineDays` before it than `threshold` scaled MADs,
 * and the difference is at least `minRelativeChange` of the median and `minAmount` (money, in the
 * series' currency) or `minCount` (resources, for counts of volumes or unpriced resources).
 */
export interface AnomalySettings {
  baselineDays: number;
  /** Fewer known days before it and a day is not judged. */
  minBaselineDays: number;
  threshold: number;
  minRelativeChange: number;
  minAmount: number;
  minCount: number;
}

/** 28 days (four weeks) of baseline; 3.5 MADs is Iglewicz and Hoaglin's outlier cut-off. */
export const DEFAULT_ANOMALY_SETTINGS: AnomalySettings = {
  baselineDays: 28,
  minBaselineDays: 7,
  threshold: 3.5,
  minRelativeChange: 0.1,
  minAmount: 1,
  minCount: 3,
};

const KEYS = Object.keys(DEFAULT_ANOMALY_SETTINGS) as (keyof AnomalySettings)[];

/** The stored setting over the defaults: a value that is not a positive number is named and ignored. */
export function parseAnomalySettings(value: unknown): { settings: AnomalySettings; warnings: string[] } {
  const settings = { ...DEFAULT_ANOMALY_SETTINGS };
  const warnings: string[] = [];
  if (value === undefined || value === null) return { settings, warnings };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { settings, warnings: ["setting anomalies: not an object; the defaults apply"] };
  }
  for (const [key, raw] of Object.entries(value)) {
    if (!KEYS.includes(key as keyof AnomalySettings)) {
      warnings.push(`setting anomalies.${key}: unknown, ignored`);
    } else if (typeof raw !== "number" || !Number.isFinite(raw) || raw < 0) {
      warnings.push(`setting anomalies.${key}: not a non-negative number, the default applies`);
    } else {
      settings[key as keyof AnomalySettings] = raw;
    }
  }
  return { settings, warnings };
}
