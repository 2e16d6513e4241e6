// Which parser reads a file: by its extension, else by its first bytes.

export type MetricFileFormat = "exposition" | "query-range" | "csv";

const BY_EXTENSION: Record<string, MetricFileFormat> = {
  json: "query-range",
  csv: "csv",
  prom: "exposition",
  txt: "exposition",
  metrics: "exposition",
  om: "exposition",
};

/**
 * `head` is the start of the file (a few KiB). JSON: an object whose first key is "status" or
 * "data". CSV: a first line starting with a `timestamp` column. Anything else: exposition text.
 */
export function detectMetricFileFormat(fileName: string, head: string): MetricFileFormat {
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const known = extension ? BY_EXTENSION[extension] : undefined;
  if (known) return known;
  const text = head.replace(/^\uFEFF/, "");
  if (/^\s*\{\s*"(?:status|data)"/.test(text)) return "query-range";
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== "" && !line.startsWith("#")) ?? "";
  if (/^\s*"?timestamp"?\s*,/.test(firstLine)) return "csv";
  return "exposition";
}
