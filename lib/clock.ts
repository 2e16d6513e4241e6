/**
 * The time the CLI and the jobs run at: the system clock, or the fixed instant TIERSCOPE_NOW names
 * (an ISO time, e.g. 2026-04-03T06:00:00Z) so tests and operators can move the clock.
 */
export function clockNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.TIERSCOPE_NOW;
  if (!fixed) return new Date();
  const at = new Date(fixed);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(fixed) || Number.isNaN(at.getTime())) {
    throw new Error(
      `Invalid environment variable TIERSCOPE_NOW: "${fixed}" is not an ISO time such as 2026-04-03T06:00:00Z`,
    );
  }
  return at;
}
