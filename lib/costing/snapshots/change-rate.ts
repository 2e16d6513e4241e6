import { z } from "zod";
import { Dec } from "../../pricing/decimal";

/** The Setting row that holds the change-rate model (see ZSnapshotChangeRates). */
export const SNAPSHOT_CHANGE_RATES_KEY = "costs.snapshotChangeRates";

/** 5 % of the volume's data changed per day: the default when nothing more specific is set. */
export const DEFAULT_CHANGE_RATE = "0.05";

// A rate is the share of the volume's data that changes per day, as a decimal string in [0, 1]
// ("0.05" = 5 %/day). Strings, like every other rate Tierscope stores, so 0.1 stays exact.
const DECIMAL = /^\d+(\.\d+)?$/;
const ZRate = z
  .string()
  .regex(DECIMAL, "a decimal fraction such as 0.05")
  .refine((value) => !DECIMAL.test(value) || new Dec(value).lte(1), "at most 1 (100 % of the data per day)");

/**
 * The `costs.snapshotChangeRates` setting:
 * `{ "default": "0.05", "byStorageClass": { "fast-ssd": "0.10" }, "byNamespace": { "training": "0.20" } }`.
 * Every key is optional. Precedence, most specific first: the snapshot's namespace, then the source
 * volume's StorageClass, then `default`, then 0.05. A namespace states how its workloads write,
 * which is what churn depends on; a StorageClass only says what kind of disk it is.
 */
export const ZSnapshotChangeRates = z.object({
  default: ZRate.optional(),
  byStorageClass: z.record(z.string(), ZRate).optional(),
  byNamespace: z.record(z.string(), ZRate).optional(),
});
export type TSnapshotChangeRates = z.infer<typeof ZSnapshotChangeRates>;

export interface ChangeRateSettings {
  default: Dec;
  byStorageClass: Map<string, Dec>;
  byNamespace: Map<string, Dec>;
  /** Why a stored setting was not used, if it was not valid. */
  problems: string[];
}

/** The model from the stored setting (absent or invalid: the 5 %/day default, with the problem kept). */
export function parseChangeRateSettings(value: unknown): ChangeRateSettings {
  const fallback = (problems: string[]): ChangeRateSettings => ({
    default: new Dec(DEFAULT_CHANGE_RATE),
    byStorageClass: new Map(),
    byNamespace: new Map(),
    problems,
  });
  if (value === undefined || value === null) return fallback([]);
  const parsed = ZSnapshotChangeRates.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`);
    return fallback(problems.map((p) => `${SNAPSHOT_CHANGE_RATES_KEY} ignored, ${p}`));
  }
  const toMap = (record: Record<string, string> | undefined) =>
    new Map(Object.entries(record ?? {}).map(([key, rate]) => [key, new Dec(rate)]));
  return {
    default: new Dec(parsed.data.default ?? DEFAULT_CHANGE_RATE),
    byStorageClass: toMap(parsed.data.byStorageClass),
    byNamespace: toMap(parsed.data.byNamespace),
    problems: [],
  };
}

export interface ChangeRate {
  rate: Dec;
  /** Which setting gave it: "namespace:<ns>", "storageClass:<name>" or "default". */
  source: string;
}

/** The daily change rate for a snapshot: its namespace's, else its source class's, else the default. */
export function changeRateFor(
  settings: ChangeRateSettings,
  target: { namespace: string | null; storageClassName: string | null },
): ChangeRate {
  const byNamespace = target.namespace ? settings.byNamespace.get(target.namespace) : undefined;
  if (byNamespace) return { rate: byNamespace, source: `namespace:${target.namespace}` };
  const byClass = target.storageClassName ? settings.byStorageClass.get(target.storageClassName) : undefined;
  if (byClass) return { rate: byClass, source: `storageClass:${target.storageClassName}` };
  return { rate: settings.default, source: "default" };
}
