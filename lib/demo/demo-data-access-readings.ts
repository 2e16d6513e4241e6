import type { DataAccessReading } from "../ingest/data-access/data-access-reading";
import { parseCloudWatchMetricData } from "../ingest/data-access/parse-cloudwatch-metric-data";
import { readMountstatsExposition } from "../ingest/data-access/read-mountstats-exposition";
import type { DemoDataAccessFiles } from "./demo-data-access-files";

/**
 * The demo's data-access files read by the importers `tierscope import data-access` uses, so the
 * demo's readings are exactly what importing those files would store.
 */
export function demoDataAccessReadings(files: DemoDataAccessFiles): DataAccessReading[] {
  return [
    ...files.mountstats.flatMap((file) =>
      readMountstatsExposition(file.text, { source: file.source, node: file.node }),
    ),
    ...files.cloudwatch.flatMap((file) =>
      parseCloudWatchMetricData(file.text, { source: file.source, periodSeconds: file.periodSeconds }),
    ),
  ];
}
