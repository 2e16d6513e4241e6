// Wall-clock time in IANA time zones with nothing but Intl: the local day of an instant, and the
// instant of a local time. Pure: the caller passes every instant.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** True for a time zone this runtime knows ("Europe/Berlin", "UTC"); false for "Mars/Olympus". */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The runtime's canonical spelling of a known time zone: "europe/berlin" → "Europe/Berlin". */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
}

/** The wall clock in `timeZone` at `instant`, as if it were UTC (milliseconds). */
function wallClockMs(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** The calendar day ("2026-03-29") in `timeZone` at `instant`. */
export function localDay(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 10);
}

/**
 * The instant at which clocks in `timeZone` show `hour`:00 on `day`. The zone's offset is read at
 * a first guess and read again at the result, because the guess may sit on the other side of a
 * DST change (the offset at 08:00 local is what counts, not the offset at 08:00 UTC).
 */
export function zonedInstant(day: string, hour: number, timeZone: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000;
  let instant = wall - (wallClockMs(new Date(wall), timeZone) - wall);
  instant = wall - (wallClockMs(new Date(instant), timeZone) - instant);
  return new Date(instant);
}
