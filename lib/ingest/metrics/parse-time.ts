import { MS_PER_DAY } from "../../costing/day-window";

// Time and duration arguments, parsed without a clock: the caller passes `now` where a default
// depends on it.

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const UNIX_SECONDS = /^-?\d+(?:\.\d+)?$/;

/** RFC 3339 ("2026-03-01T12:00:00Z", "…+02:00") or Unix seconds ("1772366400.5") as Unix ms. */
export function parseTimestamp(text: string): number | undefined {
  const value = text.trim();
  if (UNIX_SECONDS.test(value)) return Math.round(Number(value) * 1000);
  if (!RFC3339.test(value)) return undefined;
  const ms = Date.parse(value.replace(" ", "T"));
  return Number.isNaN(ms) ? undefined : ms;
}

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: MS_PER_DAY,
  w: 7 * MS_PER_DAY,
};

/** A Prometheus duration ("30s", "5m", "1h30m") or plain seconds ("60", "0.5") as ms. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  if (!/^(?:\d+(?:ms|[smhdw]))+$/.test(value)) return undefined;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+)(ms|[smhdw])/g)) {
    total += Number(amount) * (DURATION_UNITS[unit as string] as number);
  }
  return total;
}

export const DEFAULT_RANGE_MS = 24 * 3_600_000;

/** The window to query: `to` defaults to now, `from` to 24 hours before `to`. */
export function resolveTimeRange(input: { fromMs?: number; toMs?: number; nowMs: number }): {
  startMs: number;
  endMs: number;
} {
  const endMs = input.toMs ?? input.nowMs;
  const startMs = input.fromMs ?? endMs - DEFAULT_RANGE_MS;
  if (startMs >= endMs) {
    throw new Error(
      `--from (${new Date(startMs).toISOString()}) must be before --to (${new Date(endMs).toISOString()})`,
    );
  }
  return { startMs, endMs };
}
