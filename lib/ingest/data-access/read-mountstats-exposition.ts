import { parseExpositionLine } from "../metrics/parse-exposition";
import { DataAccessInputError, type DataAccessMetric, type DataAccessReading } from "./data-access-reading";

// node_exporter's mountstats collector (--collector.mountstats) reads /proc/self/mountstats: one
// series per NFS mount, labelled export (server:path), mountaddr and protocol. The byte and
// operation counters are running totals since the mount.
const MOUNTSTATS_METRICS: Record<string, DataAccessMetric> = {
  node_mountstats_nfs_total_read_bytes_total: "read_bytes",
  node_mountstats_nfs_total_write_bytes_total: "write_bytes",
  node_mountstats_nfs_operations_requests_total: "operations",
};

/**
 * Two series for one export, node and time: the operation counters (one per NFS operation) add up;
 * two byte counters are the same export mounted twice (one per pod), which the kernel counts once
 * and reports under each mount point, so they are not added.
 */
function combine(metric: DataAccessMetric, before: bigint | null, value: bigint): bigint {
  if (before === null) return value;
  if (metric === "operations") return before + value;
  return before > value ? before : value;
}

/** The node a series belongs to: its node label (a Prometheus query adds one), else the file's. */
function nodeOf(labels: Record<string, string>, fileNode: string | undefined, position: string): string {
  const node = labels.node ?? labels.nodename ?? labels.kubernetes_node ?? fileNode;
  if (!node) {
    throw new DataAccessInputError(
      `${position}: node: the series has no node label: pass --node NAME for a scrape of one node`,
    );
  }
  return node;
}

/**
 * The NFS client counters in a node_exporter scrape (text exposition, any number of scrapes with
 * timestamps). See `combine` for series that share an export. Other metrics
 * are skipped; a malformed line or a negative counter is an error naming its line.
 */
export function readMountstatsExposition(
  text: string,
  options: { source: string; node?: string; at?: Date },
): DataAccessReading[] {
  const readings = new Map<string, DataAccessReading>();
  text.split(/\r?\n/).forEach((line, index) => {
    const position = `${options.source}:${index + 1}`;
    const parsed = parseExpositionLine(line);
    if (parsed === null) return;
    if ("error" in parsed) {
      throw new DataAccessInputError(`${position}: ${parsed.error.field}: ${parsed.error.problem}`);
    }
    const metric = MOUNTSTATS_METRICS[parsed.name];
    if (!metric) return;
    const target = parsed.labels.export;
    if (!target) throw new DataAccessInputError(`${position}: export: missing on ${parsed.name}`);
    if (!Number.isFinite(parsed.value) || parsed.value < 0 || !Number.isInteger(parsed.value)) {
      throw new DataAccessInputError(
        `${position}: value: ${parsed.name} must be a whole count, not ${parsed.value}`,
      );
    }
    const atMs = parsed.timestampMs ?? options.at?.getTime();
    if (atMs === undefined) {
      throw new DataAccessInputError(
        `${position}: timestamp: the sample has no timestamp: pass --at TIME for a scrape without timestamps`,
      );
    }
    const node = nodeOf(parsed.labels, options.node, position);
    const key = `${node}|${target}|${metric}|${atMs}`;
    const before = readings.get(key);
    const value = combine(metric, before ? BigInt(before.value) : null, BigInt(parsed.value));
    readings.set(key, {
      source: "node_mountstats",
      target,
      node,
      metric,
      at: new Date(atMs),
      value: value.toString(),
      periodSeconds: null,
      partial: false,
    });
  });
  return [...readings.values()];
}
