import type { IsoDay } from "../pricing/types";
import type { DayCostFact, DayCostWorkload } from "./cost-fact";
import { dayBounds, isoDayOf } from "./day-window";

/** A day's fact with its workload split, as the costing code produces them. */
export interface DayFactItem {
  fact: DayCostFact;
  workloads?: DayCostWorkload[];
}

/**
 * The identical facts of one resource component on consecutive days of one month: `fact` is the
 * first day's (its `day` is the run's first day), and every day up to `lastDay` had the same one.
 */
export interface CostFactRun extends DayFactItem {
  lastDay: IsoDay;
}

export interface FactRunBuilder {
  /** Adds one day's facts. Days must come in order, one call per day. */
  addDay(day: IsoDay, items: readonly DayFactItem[]): void;
  /** Ends every open run. */
  finish(): void;
}

function nextDay(day: IsoDay): IsoDay {
  return isoDayOf(dayBounds(day).end);
}

/**
 * Joins each resource component's facts of consecutive days into runs while they stay identical
 * (same `signature`: everything stored but the day) and within one month, so a volume that does not
 * change is stored once a month. Runs are handed to `emit` as they end.
 */
export function createFactRunBuilder(options: {
  signature: (item: DayFactItem) => string;
  emit: (run: CostFactRun) => void;
}): FactRunBuilder {
  const open = new Map<string, { run: CostFactRun; signature: string }>();
  return {
    addDay(day, items) {
      for (const item of items) {
        const { fact } = item;
        const key = `${fact.resourceKind}/${fact.resourceUid}/${fact.component}`;
        const signature = options.signature(item);
        const current = open.get(key);
        if (
          current &&
          current.signature === signature &&
          nextDay(current.run.lastDay) === day &&
          current.run.fact.day.slice(0, 7) === day.slice(0, 7)
        ) {
          current.run.lastDay = day;
          continue;
        }
        if (current?.run.lastDay === day) {
          throw new Error(`two facts for ${key} on ${day}`);
        }
        if (current) options.emit(current.run);
        open.set(key, { run: { ...item, lastDay: day }, signature });
      }
      // A component with no fact today ended yesterday.
      for (const [key, { run }] of open) {
        if (run.lastDay !== day) {
          options.emit(run);
          open.delete(key);
        }
      }
    },
    finish() {
      for (const { run } of open.values()) options.emit(run);
      open.clear();
    },
  };
}
