/** A report asked for a month finance has not closed (and not as preliminary). */
export class MonthNotClosedError extends Error {
  constructor(readonly month: string) {
    super(
      `month ${month} is not closed: close it first (tierscope close-month ${month}), or ask for a preliminary report`,
    );
    this.name = "MonthNotClosedError";
  }
}
