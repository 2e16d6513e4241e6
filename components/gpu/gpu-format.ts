import { formatMoney } from "@/lib/format-money";

const gpuHours = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "2,126.4 GPU-h" from an exact decimal string. */
export function formatGpuHours(value: string): string {
  return `${formatGpuHourCount(value)} GPU-h`;
}

/** "2,126.4": the number alone, where the unit is said beside it. */
export function formatGpuHourCount(value: string): string {
  return gpuHours.format(Number(value));
}

/** "41.2 %"; "—" when not measured. */
export function formatShare(ratio: number | null): string {
  return ratio === null ? "—" : `${(ratio * 100).toFixed(1)} %`;
}

/** Money, or "unpriced" for an unknown amount: never $0. */
export function formatGpuMoney(amount: string | null, currency: string): string {
  return amount === null ? "unpriced" : formatMoney(amount, currency);
}
