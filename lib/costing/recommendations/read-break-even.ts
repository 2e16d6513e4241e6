import { Dec } from "../../pricing/decimal";

/** A dataset's month on storage that bills every GiB read, against a tier whose price ignores reads. */
export interface ReadBreakEvenInput {
  /** The dataset's size: what one full read (an epoch) moves. */
  datasetGib: Dec;
  /** GiB read from it over the last `windowDays` days. */
  gibRead: Dec;
  windowDays: number;
  /** What the provider bills per GiB read (EFS Elastic: 0.03). */
  readPricePerGib: Dec;
  /** The dataset's storage per month where it is, without its reads. */
  currentCapacityMonthly: Dec;
  /** The other tier per month: its capacity (and provisioned throughput); reads cost nothing more. */
  targetMonthly: Dec;
}

export interface ReadBreakEven {
  /** Full reads of the dataset per month at the window's pace. */
  readsPerMonth: Dec;
  /** The reads' cost per month where it is. */
  readsMonthly: Dec;
  /** Capacity plus reads where it is, per month. */
  currentMonthly: Dec;
  /** Full reads per month above which the other tier is cheaper (0: it is cheaper even unread). */
  breakEvenReads: Dec;
}

/** Days in an average month (365.25 / 12): the window's pace scaled to a month. */
const DAYS_PER_MONTH = new Dec("30.4375");

/**
 * Per-GiB-read storage (EFS Elastic) bills a dataset once per epoch; a tier whose price does not
 * grow with reads (FSx for Lustre, object storage read through a node-local cache) bills it once.
 * Break-even: the reads per month at which the reads' cost covers the difference in capacity,
 * (targetMonthly − currentCapacityMonthly) ÷ (datasetGib × readPricePerGib).
 */
export function readBreakEven(input: ReadBreakEvenInput): ReadBreakEven {
  // Multiply before dividing: a month's figures stay exact when the window's are.
  const readsPerMonth = input.gibRead.times(DAYS_PER_MONTH).div(input.datasetGib.times(input.windowDays));
  const readsMonthly = input.gibRead.times(input.readPricePerGib).times(DAYS_PER_MONTH).div(input.windowDays);
  const oneRead = input.datasetGib.times(input.readPricePerGib);
  const gap = input.targetMonthly.minus(input.currentCapacityMonthly);
  return {
    readsPerMonth,
    readsMonthly,
    currentMonthly: input.currentCapacityMonthly.plus(readsMonthly),
    breakEvenReads: gap.isNegative() ? new Dec(0) : gap.div(oneRead),
  };
}
