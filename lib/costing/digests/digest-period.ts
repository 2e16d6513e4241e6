import { MS_PER_DAY } from "../day-window";
import { localDay, zonedInstant } from "./time-zone";

// When digests are due and which period each reports, in the subscription's time zone:
// - weekly: Monday 08:00 local, for the previous ISO week (Monday to Sunday);
// - monthly: the 1st 08:00 local, for the previous calendar month.
// Pure: `now` and the subscription's creation time come in as arguments.

export const DIGEST_CADENCES = ["weekly", "monthly"] as const;
export type DigestCadence = (typeof DIGEST_CADENCES)[number];

/** Local hour at which a digest is due on its send day. */
export const DIGEST_SEND_HOUR = 8;

/**
 * After downtime the scheduler sends every missed period, but at most this many per subscription
 * (the newest): a reader wants the last few weeks, not a year of weekly mail at once.
 */
export const DIGEST_CATCH_UP_PERIODS = 6;

export interface DigestPeriod {
  cadence: DigestCadence;
  /** First local day of the period (YYYY-MM-DD). */
  start: string;
  /** Last local day of the period, included. */
  end: string;
  /** When the digest for this period is due: the send day at 08:00 local. */
  dueAt: Date;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The latest send day (a Monday, or a 1st) on or before `day`. */
function sendDayOnOrBefore(cadence: DigestCadence, day: string): string {
  if (cadence === "monthly") return `${day.slice(0, 7)}-01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The period a digest sent on `sendDay` reports: the week or month that ended the day before. */
function periodBefore(cadence: DigestCadence, sendDay: string, timeZone: string): DigestPeriod {
  const end = addDays(sendDay, -1);
  const start = cadence === "weekly" ? addDays(sendDay, -7) : `${end.slice(0, 7)}-01`;
  return { cadence, start, end, dueAt: zonedInstant(sendDay, DIGEST_SEND_HOUR, timeZone) };
}

/** The most recent complete period at `now` (what a preview or "send now" reports). */
export function lastCompletePeriod(cadence: DigestCadence, timeZone: string, now: Date): DigestPeriod {
  return periodBefore(cadence, sendDayOnOrBefore(cadence, localDay(now, timeZone)), timeZone);
}

/** The period that starts on `start` (a Monday, or a 1st), for sending a past digest again. */
export function periodStartingOn(cadence: DigestCadence, start: string, timeZone: string): DigestPeriod {
  const next = cadence === "weekly" ? addDays(start, 7) : sendDayOnOrBefore("monthly", addDays(start, 31));
  return periodBefore(cadence, next, timeZone);
}

/**
 * True once the period is over in `timeZone` at `now`: its last local day has passed. A period
 * still running (or not begun) has no digest yet: its figures would change.
 */
export function periodHasEnded(period: { end: string }, timeZone: string, now: Date): boolean {
  return localDay(now, timeZone) > period.end;
}

/** True when `day` starts a period: a Monday for weekly digests, a 1st for monthly ones. */
export function isPeriodStart(cadence: DigestCadence, day: string): boolean {
  return sendDayOnOrBefore(cadence, day) === day;
}

/**
 * The periods whose digest came due after `since` (the subscription's creation) and at or before
 * `now`, oldest first, at most DIGEST_CATCH_UP_PERIODS. Run after downtime, it returns every
 * period missed meanwhile; the send log's unique key makes asking twice harmless.
 */
export function dueDigestPeriods(input: {
  cadence: DigestCadence;
  timeZone: string;
  since: Date;
  now: Date;
}): DigestPeriod[] {
  const due: DigestPeriod[] = [];
  let sendDay = sendDayOnOrBefore(input.cadence, localDay(input.now, input.timeZone));
  while (due.length < DIGEST_CATCH_UP_PERIODS) {
    const period = periodBefore(input.cadence, sendDay, input.timeZone);
    if (period.dueAt.getTime() <= input.since.getTime()) break;
    if (period.dueAt.getTime() <= input.now.getTime()) due.push(period);
    sendDay = sendDayOnOrBefore(input.cadence, addDays(sendDay, -1));
  }
  return due.reverse();
}

/**
 * Every period whose digest came due after `since` and at or before `now`, split in two: the
 * newest DIGEST_CATCH_UP_PERIODS to send (oldest first, as dueDigestPeriods), and the older ones
 * missed during a long downtime, which are recorded as skipped (oldest first) so the send log
 * shows the gap. `since` should be the later of the schedule's start and the last recorded period's
 * due time, so the walk back stays short.
 */
export function scheduledDigestPeriods(input: {
  cadence: DigestCadence;
  timeZone: string;
  since: Date;
  now: Date;
}): { due: DigestPeriod[]; skipped: DigestPeriod[] } {
  const all: DigestPeriod[] = [];
  let sendDay = sendDayOnOrBefore(input.cadence, localDay(input.now, input.timeZone));
  for (;;) {
    const period = periodBefore(input.cadence, sendDay, input.timeZone);
    if (period.dueAt.getTime() <= input.since.getTime()) break;
    if (period.dueAt.getTime() <= input.now.getTime()) all.push(period);
    sendDay = sendDayOnOrBefore(input.cadence, addDays(sendDay, -1));
  }
  return {
    due: all.slice(0, DIGEST_CATCH_UP_PERIODS).reverse(),
    skipped: all.slice(DIGEST_CATCH_UP_PERIODS).reverse(),
  };
}
