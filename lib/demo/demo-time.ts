/**
 * The demo fleet's only clock. `now` is truncated to 00:00 UTC of its day (the anchor): the fleet is
 * observed at the anchor and its history covers the HISTORY_DAYS days before it.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const SECOND_MS = 1000;
export const DAY_MS = 24 * HOUR_MS;
export const HISTORY_DAYS = 90;

export interface DemoClock {
  /** 00:00 UTC of `now`'s day: when the demo observation happened. */
  readonly anchor: Date;
  /** HISTORY_DAYS before the anchor. */
  readonly historyStart: Date;
  /** The instant `days` days (fractions allowed) plus `hours` hours before the anchor, rounded to the second. */
  ago(days: number, hours?: number): Date;
  /** `date` moved by `ms` milliseconds, rounded to the second. */
  plus(date: Date, ms: number): Date;
  /** The earlier of `date` and the anchor: nothing in the demo happens after it was observed. */
  clamp(date: Date): Date;
}

export function anchorOf(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function createDemoClock(now: Date): DemoClock {
  if (Number.isNaN(now.getTime())) throw new Error("generateDemoFleet: `now` is not a valid date");
  const anchor = anchorOf(now);
  const anchorMs = anchor.getTime();
  return {
    anchor,
    historyStart: new Date(anchorMs - HISTORY_DAYS * DAY_MS),
    // Whole seconds: Kubernetes timestamps (RFC 3339) carry no fractions.
    ago: (days, hours = 0) =>
      new Date(anchorMs - Math.round((days * DAY_MS + hours * HOUR_MS) / 1000) * 1000),
    plus: (date, ms) => new Date(Math.round((date.getTime() + ms) / 1000) * 1000),
    clamp: (date) => (date.getTime() > anchorMs ? anchor : date),
  };
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
