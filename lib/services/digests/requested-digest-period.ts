import {
  type DigestCadence,
  type DigestPeriod,
  isPeriodStart,
  lastCompletePeriod,
  periodHasEnded,
  periodStartingOn,
} from "../../costing/digests/digest-period";
import { DigestInputError } from "../../queries/digests/digest-errors";

/**
 * The period a preview or "send now" reports: the last complete one, or the one starting on
 * `periodStart`, which must be a period's first day and a period that has ended in the
 * subscription's time zone (a DigestInputError, 422, naming the field otherwise).
 */
export function requestedDigestPeriod(
  subscription: { cadence: DigestCadence; timeZone: string },
  input: { now: Date; periodStart?: string },
): DigestPeriod {
  const { cadence, timeZone } = subscription;
  if (!input.periodStart) return lastCompletePeriod(cadence, timeZone, input.now);
  if (!isPeriodStart(cadence, input.periodStart)) {
    const expected = cadence === "weekly" ? "a Monday" : "the 1st of a month";
    throw new DigestInputError(
      `periodStart: ${input.periodStart} is not ${expected} (a ${cadence} period's first day)`,
    );
  }
  const period = periodStartingOn(cadence, input.periodStart, timeZone);
  if (!periodHasEnded(period, timeZone, input.now)) {
    throw new DigestInputError(
      `periodStart: the ${cadence} period ${period.start} to ${period.end} has not ended yet in ${timeZone}`,
    );
  }
  return period;
}
