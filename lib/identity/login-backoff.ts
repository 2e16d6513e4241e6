/**
 * Backoff after failed sign-ins, per email address: the first FREE_FAILURES cost nothing (typos),
 * then each further failure locks the address for twice as long as the one before, from 30 s up
 * to 15 minutes. A lock slows guessing to a crawl without letting a stranger lock a user out for
 * long.
 */
export const FREE_FAILURES = 5;
const FIRST_LOCK_MS = 30 * 1000;
const MAX_LOCK_MS = 15 * 60 * 1000;

export function lockAfterFailures(failures: number, now: Date): Date | null {
  if (failures < FREE_FAILURES) return null;
  const lockMs = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES));
  return new Date(now.getTime() + lockMs);
}

export function isLocked(lockedUntil: Date | null | undefined, now: Date): boolean {
  return lockedUntil != null && now.getTime() < lockedUntil.getTime();
}
