// Display formatting: IEC binary units (1 GiB = 1024^3 bytes), as Kubernetes quantities and
// most block-storage prices use them.

const IEC_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"] as const;

/** Bytes as an IEC quantity: 1536 -> "1.5 KiB". Accepts bigint or decimal strings past 2^53. */
export function formatBytes(bytes: bigint | number | string, fractionDigits = 1): string {
  let value = typeof bytes === "number" ? bytes : Number(bytes);
  if (!Number.isFinite(value)) throw new RangeError(`not a byte count: ${String(bytes)}`);
  const sign = value < 0 ? "-" : "";
  value = Math.abs(value);
  let unit = 0;
  while (value >= 1024 && unit < IEC_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : fractionDigits;
  return `${sign}${value.toFixed(digits)} ${IEC_UNITS[unit]}`;
}

/** Bytes in TiB as a number, for chart axes. */
export function bytesToTib(bytes: bigint | number | string): number {
  return Number(bytes) / 1024 ** 4;
}

/** A payback period: "12.5 days", or "never" for a move that costs more each month than it recovers. */
export function formatPayback(days: number | "never"): string {
  return days === "never" ? "never" : `${days} days`;
}

const countFormat = new Intl.NumberFormat("en-US");

export function formatCount(value: number): string {
  return countFormat.format(value);
}
