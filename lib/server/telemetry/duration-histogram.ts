/** Upper bounds (seconds) of the request-duration buckets: 5 ms to 60 s. */
export const DURATION_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

interface Series {
  buckets: number[];
  count: number;
  sum: number;
}

/** A Prometheus histogram of durations by label set, kept in this process. */
export class DurationHistogram {
  private readonly series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  observe(labels: Record<string, string>, seconds: number): void {
    const key = formatLabels(labels);
    let series = this.series.get(key);
    if (!series) {
      series = { buckets: DURATION_BUCKETS_SECONDS.map(() => 0), count: 0, sum: 0 };
      this.series.set(key, series);
    }
    DURATION_BUCKETS_SECONDS.forEach((bound, i) => {
      if (seconds <= bound) (series.buckets[i] as number)++;
    });
    series.count++;
    series.sum += seconds;
  }

  /** The histogram in Prometheus text exposition format (buckets are cumulative). */
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [key, series] of [...this.series].sort(([a], [b]) => a.localeCompare(b))) {
      const sep = key ? "," : "";
      DURATION_BUCKETS_SECONDS.forEach((bound, i) => {
        lines.push(`${this.name}_bucket{${key}${sep}le="${bound}"} ${series.buckets[i]}`);
      });
      lines.push(`${this.name}_bucket{${key}${sep}le="+Inf"} ${series.count}`);
      lines.push(`${this.name}_sum${key ? `{${key}}` : ""} ${series.sum}`);
      lines.push(`${this.name}_count${key ? `{${key}}` : ""} ${series.count}`);
    }
    return `${lines.join("\n")}\n`;
  }
}

/** `a="x",b="y"` with label values escaped as the exposition format requires. */
export function formatLabels(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(
      ([name, value]) =>
        `${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`,
    )
    .join(",");
}
