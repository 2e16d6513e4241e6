import { parseSampleValue } from "./parse-sample-value";
import { type Labels, MetricInputError, type SourceRecord } from "./source-record";

// The Prometheus text exposition format (what /metrics serves, what `curl` saves), line by line:
//   name{label="value",…} value [timestamp]
// Comments (# HELP, # TYPE, # EOF) and blank lines are skipped. Label values unescape \\ \" \n
// (other backslash sequences are kept as written, as Prometheus's own parser does). Timestamps are
// integer milliseconds (text format 0.0.4); a timestamp with a fraction or below 10^11 is read as
// seconds, which is how OpenMetrics writes them (10^11 ms is 1973, 10^11 s the year 5138). An
// exemplar after the value (` # {trace_id="…"} 1.0`) is ignored. Prometheus 3's quoted names
// (`{"my.metric",label="v"} 1`) are accepted.

export interface ExpositionSample {
  name: string;
  labels: Labels;
  value: number;
  timestampMs?: number;
}

export interface ExpositionError {
  error: { field: string; problem: string; metric?: string };
}

const METRIC_NAME = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const LABEL_NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y;
const SECONDS_BELOW = 1e11;

const isBlank = (c: string | undefined) => c === " " || c === "\t";

class Cursor {
  constructor(
    readonly text: string,
    public at = 0,
  ) {}
  /** The character at the cursor (a method, not a getter: TypeScript would narrow a getter). */
  char(): string | undefined {
    return this.text[this.at];
  }
  skipBlanks(): void {
    while (isBlank(this.char())) this.at++;
  }
  match(pattern: RegExp): string {
    pattern.lastIndex = this.at;
    const found = pattern.exec(this.text);
    if (!found) return "";
    this.at += found[0].length;
    return found[0];
  }
  /** A double-quoted string starting at the cursor, unescaped; undefined when unterminated. */
  quoted(): string | undefined {
    let out = "";
    for (let i = this.at + 1; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '"') {
        this.at = i + 1;
        return out;
      }
      if (c === "\\" && i + 1 < this.text.length) {
        const next = this.text[++i];
        out += next === "n" ? "\n" : next === "\\" || next === '"' ? next : `\\${next}`;
      } else {
        out += c;
      }
    }
    return undefined;
  }
  token(): string {
    const start = this.at;
    while (this.at < this.text.length && !isBlank(this.char())) this.at++;
    return this.text.slice(start, this.at);
  }
}

const fail = (field: string, problem: string, metric?: string): ExpositionError => ({
  error: { field, problem, metric },
});

/** Parses `{…}` at the cursor into `labels`; a bare quoted string is the metric name (Prometheus 3). */
function parseLabels(
  cursor: Cursor,
  labels: Labels,
  metric: string | undefined,
): ExpositionError | string | undefined {
  let quotedName: string | undefined;
  cursor.at++;
  for (;;) {
    cursor.skipBlanks();
    if (cursor.char() === "}") {
      cursor.at++;
      return quotedName;
    }
    const quotedLabel = cursor.char() === '"';
    const name = quotedLabel ? cursor.quoted() : cursor.match(LABEL_NAME);
    if (!name) return fail("labels", `expected a label name at column ${cursor.at + 1}`, metric);
    cursor.skipBlanks();
    if (
      quotedLabel &&
      metric === undefined &&
      quotedName === undefined &&
      (cursor.char() === "," || cursor.char() === "}")
    ) {
      quotedName = name;
    } else {
      if (cursor.char() !== "=")
        return fail(`label ${name}`, `expected "=" at column ${cursor.at + 1}`, metric ?? quotedName);
      cursor.at++;
      cursor.skipBlanks();
      if (cursor.char() !== '"')
        return fail(`label ${name}`, "the value must be in double quotes", metric ?? quotedName);
      const value = cursor.quoted();
      if (value === undefined)
        return fail(`label ${name}`, "unterminated value (no closing quote)", metric ?? quotedName);
      if (name in labels) return fail(`label ${name}`, "appears twice", metric ?? quotedName);
      labels[name] = value;
    }
    cursor.skipBlanks();
    if (cursor.char() === ",") cursor.at++;
    else if (cursor.char() !== "}")
      return fail("labels", `expected "," or "}" at column ${cursor.at + 1}`, metric ?? quotedName);
  }
}

function parseTimestampToken(token: string): number | undefined {
  if (!/^-?\d+(?:\.\d+)?$/.test(token)) return undefined;
  const number = Number(token);
  const seconds = token.includes(".") || Math.abs(number) < SECONDS_BELOW;
  return seconds ? Math.round(number * 1000) : number;
}

/** One line: a sample, null for a comment or blank line, or what is wrong with it. */
export function parseExpositionLine(line: string): ExpositionSample | ExpositionError | null {
  const cursor = new Cursor(line);
  cursor.skipBlanks();
  if (cursor.at >= line.length || cursor.char() === "#") return null;
  const labels: Labels = {};
  const bareName = cursor.match(METRIC_NAME) || undefined;
  if (bareName === undefined && cursor.char() !== "{") {
    return fail("metric name", `not a metric name at column ${cursor.at + 1}`);
  }
  const quotedName = cursor.char() === "{" ? parseLabels(cursor, labels, bareName) : undefined;
  if (typeof quotedName === "object") return quotedName;
  const name = bareName ?? quotedName;
  if (name === undefined)
    return fail("metric name", 'missing (no name before "{" and no quoted name inside)');
  if (!isBlank(cursor.char())) {
    return fail(
      cursor.at >= line.length ? "value" : "metric name",
      cursor.at >= line.length ? "missing" : `unexpected "${cursor.char()}" at column ${cursor.at + 1}`,
      name,
    );
  }
  cursor.skipBlanks();
  const valueText = cursor.token();
  if (!valueText) return fail("value", "missing", name);
  const value = parseSampleValue(valueText);
  if (value === undefined) return fail("value", `"${valueText}" is not a number`, name);
  cursor.skipBlanks();
  if (cursor.at >= line.length || cursor.char() === "#") return { name, labels, value };
  const timestampText = cursor.token();
  const timestampMs = parseTimestampToken(timestampText);
  if (timestampMs === undefined) return fail("timestamp", `"${timestampText}" is not a Unix timestamp`, name);
  cursor.skipBlanks();
  if (cursor.at < line.length && cursor.char() !== "#") {
    return fail("timestamp", `unexpected text after the timestamp: "${line.slice(cursor.at)}"`, name);
  }
  return { name, labels, value, timestampMs };
}

/**
 * A whole exposition file, as lines (any size: one line at a time). Samples without a timestamp
 * take `atMs` (--at); without it they are an error, since nothing says when the scrape was taken.
 */
export async function* parseExposition(
  lines: AsyncIterable<string>,
  options: { source: string; atMs?: number },
): AsyncGenerator<SourceRecord> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const position = `${options.source}:${lineNumber}`;
    const parsed = parseExpositionLine(line);
    if (parsed === null) continue;
    if ("error" in parsed) {
      yield { kind: "invalid", position, ...parsed.error };
      continue;
    }
    const atMs = parsed.timestampMs ?? options.atMs;
    if (atMs === undefined) {
      throw new MetricInputError(
        `${position}: ${parsed.name}: the sample has no timestamp: pass --at TIME for a scrape without timestamps`,
      );
    }
    yield {
      kind: "sample",
      name: parsed.name,
      labels: parsed.labels,
      atMs,
      value: parsed.value,
      valueKind: "raw",
      position,
    };
  }
}
