import type { IsoDay } from "../../pricing/types";
import { daysBetween, shiftDay } from "../day-window";
import { daysInMonthOf } from "./month-rate";

/**
 * The days a forecast made on `madeOn` speaks about: facts are known through the day before
 * (`lastKnown`), the month of `madeOn` is the current one (`monthToDate` may be empty on the 1st),
 * its days from `madeOn` on are still to come, and the next month follows.
 */
export function forecastDays(madeOn: IsoDay) {
  const monthFirst: IsoDay = `${madeOn.slice(0, 7)}-01`;
  const monthLast: IsoDay = `${madeOn.slice(0, 7)}-${String(daysInMonthOf(madeOn)).padStart(2, "0")}`;
  const nextFirst = shiftDay(monthLast, 1);
  const nextLast: IsoDay = `${nextFirst.slice(0, 7)}-${String(daysInMonthOf(nextFirst)).padStart(2, "0")}`;
  const lastKnown = shiftDay(madeOn, -1);
  return {
    lastKnown,
    month: madeOn.slice(0, 7),
    nextMonth: nextFirst.slice(0, 7),
    monthToDate: madeOn === monthFirst ? [] : daysBetween(monthFirst, lastKnown),
    remaining: daysBetween(madeOn, monthLast),
    next: daysBetween(nextFirst, nextLast),
  };
}
