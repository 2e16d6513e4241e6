/**
 * One reading of a data-access metric, as an importer hands it to the store (data_access_reading).
 * A node's NFS client counters are running totals ("counter": the bytes since the mount, reset when
 * the node restarts or remounts); a provider metric export gives the sum over a period ("period_sum":
 * CloudWatch's Sum statistic for [at, at + periodSeconds)).
 */
export type DataAccessSource = "node_mountstats" | "cloudwatch";

export const DATA_ACCESS_METRICS = [
  "read_bytes",
  "write_bytes",
  "operations",
  "metered_bytes",
  "get_requests",
  "list_requests",
  "put_requests",
] as const;
export type DataAccessMetric = (typeof DATA_ACCESS_METRICS)[number];

export interface DataAccessReading {
  source: DataAccessSource;
  /** What was read: an NFS export ("fs-0abc.efs.us-east-1.amazonaws.com:/"), an EFS file system id, a bucket. */
  target: string;
  /** The node whose client counted it; "" for a provider-side metric. */
  node: string;
  metric: DataAccessMetric;
  at: Date;
  /** Whole bytes or requests, exactly as exported (a decimal string: counters pass 2^53). */
  value: string;
  /** period_sum readings: the period the value sums; null for counters. */
  periodSeconds: number | null;
  /** The provider said the period is incomplete (CloudWatch StatusCode PartialData). */
  partial: boolean;
}

/** Bad input in a data-access file: names the file position and the field. */
export class DataAccessInputError extends Error {
  override name = "DataAccessInputError";
}
