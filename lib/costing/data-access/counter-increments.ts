/** One counter reading: a running total at a moment. */
export interface CounterReading {
  at: number;
  value: bigint;
}

/** What a counter counted between two readings, [start, end). */
export interface CounterIncrement {
  start: number;
  end: number;
  amount: bigint;
  /** The counter went down: it restarted from zero (node reboot, remount), so `amount` is the value after. */
  reset: boolean;
}

/**
 * The amounts a running total counted between consecutive readings (sorted by time here). A reading
 * lower than the one before is a reset: the counter restarted from zero, so what it counted since is
 * its new value (what it counted between the last reading and the reset is lost, as with
 * Prometheus's increase()). A repeated time keeps its first reading.
 */
export function counterIncrements(readings: readonly CounterReading[]): CounterIncrement[] {
  const sorted = [...readings].sort((a, b) => a.at - b.at);
  const increments: CounterIncrement[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as CounterReading;
    const after = sorted[i] as CounterReading;
    if (after.at === before.at) continue;
    const reset = after.value < before.value;
    increments.push({
      start: before.at,
      end: after.at,
      amount: reset ? after.value : after.value - before.value,
      reset,
    });
  }
  return increments;
}
