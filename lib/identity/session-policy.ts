import { MS_PER_DAY } from "../costing/day-window";
/**
 * How long a signed-in session lasts: it ends after IDLE_MS without a request, and in any case
 * ABSOLUTE_MS after sign-in, so a stolen cookie stops working even if it is kept busy.
 */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * MS_PER_DAY;
/** A request extends the idle expiry at most this often, so reads do not write on every call. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

export interface SessionTimes {
  readonly lastSeenAt: Date;
  readonly idleExpiresAt: Date;
  readonly absoluteExpiresAt: Date;
  readonly revokedAt: Date | null;
}

export function newSessionTimes(now: Date): Omit<SessionTimes, "revokedAt"> {
  return {
    lastSeenAt: now,
    idleExpiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
  };
}

export function isSessionLive(session: SessionTimes, now: Date): boolean {
  return (
    session.revokedAt === null &&
    now.getTime() < session.idleExpiresAt.getTime() &&
    now.getTime() < session.absoluteExpiresAt.getTime()
  );
}

/** The new idle expiry if this request should extend it, or null if it was extended recently. */
export function touchedIdleExpiry(session: SessionTimes, now: Date): Date | null {
  if (now.getTime() - session.lastSeenAt.getTime() < SESSION_TOUCH_INTERVAL_MS) return null;
  return new Date(now.getTime() + SESSION_IDLE_MS);
}
