import type { MetricName } from "../../db/generated/enums";
import { METRIC_MAPPINGS } from "./metric-mapping";
import type { SkipReason } from "./normalize-samples";
import { describeInvalid, type InvalidRecord } from "./source-record";

// The counts an import reports at its end: series new or existing, samples new, duplicate (already
// stored, or repeated in the input) or skipped (with the reason), by metric; metrics ignored;
// invalid records skipped under --skip-invalid. Memory: one entry per metric name, and at most
// MAX_LISTED invalid records and warnings kept for the report.

export const MAX_LISTED = 100;
const MAX_IGNORED_LISTED = 50;

type Reason = SkipReason | "invalid";

export interface MetricCounts {
  metric: MetricName;
  series: { new: number; existing: number };
  samples: { new: number; duplicate: number; skipped: number };
}

export interface MetricImportTotals {
  /** Records read from the source, whatever became of them. */
  read: number;
  series: { new: number; existing: number };
  samples: { new: number; duplicate: number; skipped: number };
  skipped: Record<Reason, number>;
  ignored: { samples: number; metricCount: number; metrics: { name: string; samples: number }[] };
  byMetric: MetricCounts[];
  invalid: { count: number; listed: string[] };
  warnings: string[];
}

const METRIC_ORDER = [...new Set(METRIC_MAPPINGS.map((m) => m.metric))];

export class ImportTally {
  read = 0;
  private readonly byMetric = new Map<MetricName, MetricCounts>();
  private readonly skipped: Record<Reason, number> = {
    "non-finite": 0,
    "out-of-range": 0,
    "counter-baseline": 0,
    "no-pod": 0,
    invalid: 0,
  };
  private readonly ignored = new Map<string, number>();
  private readonly invalidListed: string[] = [];
  private readonly warnings = new Set<string>();

  private counts(metric: MetricName): MetricCounts {
    let counts = this.byMetric.get(metric);
    if (!counts) {
      counts = { metric, series: { new: 0, existing: 0 }, samples: { new: 0, duplicate: 0, skipped: 0 } };
      this.byMetric.set(metric, counts);
    }
    return counts;
  }

  series(metric: MetricName, created: boolean): void {
    this.counts(metric).series[created ? "new" : "existing"]++;
  }

  stored(metric: MetricName, inserted: number, duplicate: number): void {
    const { samples } = this.counts(metric);
    samples.new += inserted;
    samples.duplicate += duplicate;
  }

  skip(metric: MetricName | undefined, reason: Reason): void {
    this.skipped[reason]++;
    if (metric) this.counts(metric).samples.skipped++;
  }

  invalid(record: InvalidRecord, metric?: MetricName): void {
    this.skip(metric, "invalid");
    if (this.invalidListed.length < MAX_LISTED) this.invalidListed.push(describeInvalid(record));
  }

  ignore(sourceMetric: string): void {
    this.ignored.set(sourceMetric, (this.ignored.get(sourceMetric) ?? 0) + 1);
  }

  warn(warning: string): void {
    if (this.warnings.size < MAX_LISTED) this.warnings.add(warning);
  }

  totals(): MetricImportTotals {
    const byMetric = METRIC_ORDER.flatMap((metric) => this.byMetric.get(metric) ?? []);
    const sum = (pick: (c: MetricCounts) => number) => byMetric.reduce((total, c) => total + pick(c), 0);
    const ignored = [...this.ignored].map(([name, samples]) => ({ name, samples }));
    ignored.sort((a, b) => b.samples - a.samples || a.name.localeCompare(b.name));
    const skipped = Object.values(this.skipped).reduce((a, b) => a + b, 0);
    return {
      read: this.read,
      series: { new: sum((c) => c.series.new), existing: sum((c) => c.series.existing) },
      samples: { new: sum((c) => c.samples.new), duplicate: sum((c) => c.samples.duplicate), skipped },
      skipped: { ...this.skipped },
      ignored: {
        samples: ignored.reduce((total, i) => total + i.samples, 0),
        metricCount: ignored.length,
        metrics: ignored.slice(0, MAX_IGNORED_LISTED),
      },
      byMetric,
      invalid: { count: this.skipped.invalid, listed: [...this.invalidListed] },
      warnings: [...this.warnings],
    };
  }
}
