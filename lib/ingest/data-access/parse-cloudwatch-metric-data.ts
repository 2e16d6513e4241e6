import { DataAccessInputError, type DataAccessMetric, type DataAccessReading } from "./data-access-reading";

// `aws cloudwatch get-metric-data --output json` prints
//   {"MetricDataResults":[{"Id","Label","Timestamps":[ISO…],"Values":[…],"StatusCode"}],"Messages":[]}
// Each result is one metric of one resource: its Label names it. CloudWatch's default label for a
// SEARCH expression or a labelled query is the dimension values then the metric name, e.g.
// "fs-0abc DataReadIOBytes" (AWS/EFS, FileSystemId) or "datasets-bucket EntireBucket GetRequests"
// (AWS/S3 request metrics, BucketName and FilterId). The values must be the Sum statistic: bytes or
// requests in each period.
const CLOUDWATCH_METRICS: Record<string, DataAccessMetric> = {
  DataReadIOBytes: "read_bytes",
  DataWriteIOBytes: "write_bytes",
  MeteredIOBytes: "metered_bytes",
  GetRequests: "get_requests",
  ListRequests: "list_requests",
  PutRequests: "put_requests",
};

interface MetricDataResult {
  Id?: unknown;
  Label?: unknown;
  Timestamps?: unknown;
  Values?: unknown;
  StatusCode?: unknown;
}

const STATUS_CODES = new Set(["Complete", "PartialData", "InternalError", "Forbidden"]);

function labelParts(label: string, position: string): { metric: DataAccessMetric; target: string } {
  const words = label.trim().split(/\s+/);
  const metricWord = words.find((w) => w in CLOUDWATCH_METRICS);
  if (!metricWord) {
    throw new DataAccessInputError(
      `${position}: Label: "${label}" names none of ${Object.keys(CLOUDWATCH_METRICS).join(", ")}`,
    );
  }
  const target = words[0];
  if (!target || target === metricWord) {
    throw new DataAccessInputError(
      `${position}: Label: "${label}" does not name the file system or bucket before the metric (e.g. "fs-0abc ${metricWord}")`,
    );
  }
  return { metric: CLOUDWATCH_METRICS[metricWord] as DataAccessMetric, target };
}

/**
 * The EFS and S3 request metrics of a get-metric-data output, as period sums. `periodSeconds` is
 * the --metric-data-queries Period (the output does not repeat it). Results of other metrics are an
 * error, so a wrong export is not half-read; a result CloudWatch could not compute (InternalError,
 * Forbidden) too. Values must be whole non-negative numbers.
 */
export function parseCloudWatchMetricData(
  text: string,
  options: { source: string; periodSeconds: number },
): DataAccessReading[] {
  if (!Number.isInteger(options.periodSeconds) || options.periodSeconds <= 0) {
    throw new DataAccessInputError(
      `--period: must be a whole number of seconds, not ${options.periodSeconds}`,
    );
  }
  let document: { MetricDataResults?: unknown };
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new DataAccessInputError(`${options.source}: not JSON: ${(error as Error).message}`);
  }
  if (!document || !Array.isArray(document.MetricDataResults)) {
    throw new DataAccessInputError(
      `${options.source}: MetricDataResults: missing (not get-metric-data output)`,
    );
  }
  return (document.MetricDataResults as MetricDataResult[]).flatMap((result, index) => {
    const position = `${options.source}: MetricDataResults[${index}]`;
    if (typeof result.Label !== "string") throw new DataAccessInputError(`${position}: Label: missing`);
    const { metric, target } = labelParts(result.Label, position);
    const status = result.StatusCode ?? "Complete";
    if (typeof status !== "string" || !STATUS_CODES.has(status)) {
      throw new DataAccessInputError(
        `${position}: StatusCode: "${String(status)}" is not a CloudWatch status`,
      );
    }
    if (status === "InternalError" || status === "Forbidden") {
      throw new DataAccessInputError(
        `${position}: StatusCode: CloudWatch answered ${status} for "${result.Label}"`,
      );
    }
    const timestamps = result.Timestamps;
    const values = result.Values;
    if (!Array.isArray(timestamps) || !Array.isArray(values) || timestamps.length !== values.length) {
      throw new DataAccessInputError(
        `${position}: Timestamps/Values: two lists of the same length are required`,
      );
    }
    return timestamps.map((stamp, i): DataAccessReading => {
      const at = typeof stamp === "string" ? new Date(stamp) : new Date(Number.NaN);
      if (Number.isNaN(at.getTime())) {
        throw new DataAccessInputError(`${position}: Timestamps[${i}]: "${String(stamp)}" is not a time`);
      }
      const value = values[i];
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
        throw new DataAccessInputError(`${position}: Values[${i}]: ${String(value)} is not a whole count`);
      }
      return {
        source: "cloudwatch",
        target,
        node: "",
        metric,
        at,
        value: BigInt(value).toString(),
        periodSeconds: options.periodSeconds,
        partial: status === "PartialData",
      };
    });
  });
}
