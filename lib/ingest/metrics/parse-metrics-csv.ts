import { parseSampleValue } from "./parse-sample-value";
import { parseTimestamp } from "./parse-time";
import { type Labels, MetricInputError, type SourceRecord } from "./source-record";

// Tierscope's metrics CSV, for samples exported from anywhere (see README, "Metrics import"):
//
//   timestamp,metric,namespace,pod,persistentvolumeclaim,node,gpu,value
//   2026-03-01T12:00:00Z,kubelet_volume_stats_used_bytes,ml,,train-data,,,1.2e11
//
// A header line names the columns, in any order. `timestamp` (RFC 3339 or Unix seconds), `metric`
// (an exporter's name, in its units, counters as running totals; or a Tierscope metric name, in
// Tierscope's units) and `value` are required; every other column is a label, with the same
// variants as Prometheus labels (exported_pod, UUID, Hostname, …). An empty cell is an absent
// label. Fields may be double-quoted ("" is a quote inside); unquoted fields are trimmed; lines that
// are blank or start with # are skipped.

export const CSV_REQUIRED_COLUMNS = ["timestamp", "metric", "value"] as const;
const EXAMPLE_HEADER = "timestamp,metric,namespace,pod,persistentvolumeclaim,node,gpu,value";

/** The fields of one CSV line, or a description of what is wrong with it. */
export function splitCsvLine(line: string): string[] | { problem: string } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === " " || line[i] === "\t") i++;
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        if (i >= line.length) return { problem: `unterminated quoted field ${fields.length + 1}` };
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += line[i++];
      }
      while (line[i] === " " || line[i] === "\t") i++;
      if (i < line.length && line[i] !== ",") {
        return { problem: `unexpected text after the quoted field ${fields.length + 1}` };
      }
      fields.push(value);
    } else {
      const end = line.indexOf(",", i);
      fields.push(line.slice(i, end === -1 ? line.length : end).trim());
      i = end === -1 ? line.length : end;
    }
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

export async function* parseMetricsCsv(
  lines: AsyncIterable<string>,
  options: { source: string },
): AsyncGenerator<SourceRecord> {
  let lineNumber = 0;
  let header: string[] | undefined;
  let column: Record<(typeof CSV_REQUIRED_COLUMNS)[number], number> | undefined;
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const position = `${options.source}:${lineNumber}`;
    const fields = splitCsvLine(line);
    if (!header || !column) {
      if (!Array.isArray(fields)) throw new MetricInputError(`${position}: header: ${fields.problem}`);
      header = fields;
      column = readHeader(header, position);
      continue;
    }
    if (!Array.isArray(fields)) {
      yield { kind: "invalid", position, field: "row", problem: fields.problem };
      continue;
    }
    const metric = fields[column.metric] ?? "";
    if (fields.length !== header.length) {
      yield {
        kind: "invalid",
        position,
        metric: metric || undefined,
        field: "row",
        problem: `has ${fields.length} fields, the header has ${header.length}`,
      };
      continue;
    }
    if (!metric) {
      yield { kind: "invalid", position, field: "metric", problem: "empty" };
      continue;
    }
    const timestampText = fields[column.timestamp] as string;
    const atMs = parseTimestamp(timestampText);
    if (atMs === undefined) {
      const problem = `"${timestampText}" is neither RFC 3339 nor Unix seconds`;
      yield { kind: "invalid", position, metric, field: "timestamp", problem };
      continue;
    }
    const valueText = fields[column.value] as string;
    const value = parseSampleValue(valueText);
    if (value === undefined) {
      yield { kind: "invalid", position, metric, field: "value", problem: `"${valueText}" is not a number` };
      continue;
    }
    const labels: Labels = {};
    header.forEach((name, index) => {
      const cell = fields[index] as string;
      if (index !== column?.timestamp && index !== column?.metric && index !== column?.value && cell !== "") {
        labels[name] = cell;
      }
    });
    yield { kind: "sample", name: metric, labels, atMs, value, valueKind: "raw", position };
  }
}

function readHeader(header: string[], position: string) {
  const seen = new Set<string>();
  for (const name of header) {
    if (!name) throw new MetricInputError(`${position}: header: a column has no name`);
    if (seen.has(name)) throw new MetricInputError(`${position}: header: column "${name}" appears twice`);
    seen.add(name);
  }
  for (const required of CSV_REQUIRED_COLUMNS) {
    if (!seen.has(required)) {
      throw new MetricInputError(
        `${position}: header: no "${required}" column (a metrics CSV starts with a header such as ${EXAMPLE_HEADER})`,
      );
    }
  }
  return {
    timestamp: header.indexOf("timestamp"),
    metric: header.indexOf("metric"),
    value: header.indexOf("value"),
  };
}
