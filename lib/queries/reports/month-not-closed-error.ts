import { ConflictError } from "../../services/service-errors";

/** A report asked for a month finance has not closed (and not as preliminary): 409 month_not_closed. */
export class MonthNotClosedError extends ConflictError {
  override readonly code = "month_not_closed";
  constructor(readonly month: string) {
    super(
      `month ${month} is not closed: close it first (tierscope close-month ${month}), or ask for a preliminary report`,
    );
    this.name = "MonthNotClosedError";
  }
}
