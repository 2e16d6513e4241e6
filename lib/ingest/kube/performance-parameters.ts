import { FieldError } from "./object-reader";
import { parseQuantity, QuantityError } from "./parse-quantity";

// Provisioned performance a StorageClass or VolumeAttributesClass asks for, checked when imported:
// these parameters are priced (lib/pricing/resolve), so "1e30" IOPS must be refused, naming the
// field, before it becomes a cost. The limits sit well above the largest volumes sold: Azure Ultra
// Disk 400,000 IOPS and 10,000 MB/s, io2 Block Express 1,000 IOPS per GiB, Hyperdisk ML
// 1,200,000 MiB/s. Keys match case-insensitively, as the CSI drivers match them.
const LIMITS = [
  { keys: ["iops", "diskiopsreadwrite", "provisioned-iops-on-create"], max: 1_000_000, unit: "IOPS" },
  { keys: ["iopspergb"], max: 1_000, unit: "IOPS per GiB" },
  {
    keys: ["throughput", "diskmbpsreadwrite", "provisioned-throughput-on-create"],
    max: 10_000_000,
    unit: "MiB/s",
  },
] as const;

const MIB = 2 ** 20;

/** A plain number is the unit itself; a quantity with a byte suffix ("800Mi", GCE PD) is bytes per second. */
function valueInUnit(text: string, unit: string): number {
  const value = parseQuantity(text);
  return unit === "MiB/s" && /[KMGTPE]i$/.test(text.trim()) ? value.div(MIB).toNumber() : value.toNumber();
}

/** Throws a FieldError naming `<path>.<key>` for a performance parameter that is no number or out of bounds. */
export function checkPerformanceParameters(path: string, parameters: Record<string, string>): void {
  for (const [key, text] of Object.entries(parameters)) {
    const limit = LIMITS.find((l) => (l.keys as readonly string[]).includes(key.toLowerCase()));
    if (!limit || text.trim() === "") continue;
    const field = `${path}.${key}`;
    let value: number;
    try {
      value = valueInUnit(text, limit.unit);
    } catch (error) {
      if (error instanceof QuantityError) throw new FieldError(field, error.message);
      throw error;
    }
    if (value < 0) throw new FieldError(field, `${limit.unit} cannot be negative: "${text}"`);
    if (value > limit.max) {
      throw new FieldError(
        field,
        `"${text}" is more than ${limit.max.toLocaleString("en-US")} ${limit.unit}: not a real volume`,
      );
    }
  }
}
