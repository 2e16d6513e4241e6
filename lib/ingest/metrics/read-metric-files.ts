import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { detectMetricFileFormat, type MetricFileFormat } from "./detect-metric-file-format";
import { parseExposition } from "./parse-exposition";
import { parseMetricsCsv } from "./parse-metrics-csv";
import { parseQueryRange } from "./parse-query-range";
import type { SourceRecord } from "./source-record";

// The file side of `import metrics --file`: opens each file, picks its parser, and streams it
// (lines for text and CSV, 64 KiB chunks for JSON): memory does not grow with the file.

async function readHead(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

export async function formatOfFile(path: string): Promise<MetricFileFormat> {
  return detectMetricFileFormat(path, await readHead(path));
}

function lines(path: string): AsyncIterable<string> {
  return createInterface({
    input: createReadStream(path, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
}

export interface ReadMetricFilesOptions {
  /** When a scrape without timestamps was taken (--at), Unix ms. */
  atMs?: number;
  onWarning?: (warning: string) => void;
  onFile?: (path: string, format: MetricFileFormat) => void;
}

/** Every record of every file, in the order given (counter rates continue from file to file). */
export async function* readMetricFiles(
  paths: string[],
  options: ReadMetricFilesOptions = {},
): AsyncGenerator<SourceRecord> {
  for (const path of paths) {
    const format = await formatOfFile(path);
    options.onFile?.(path, format);
    if (format === "query-range") {
      const chunks = createReadStream(path, {
        encoding: "utf8",
        highWaterMark: 64 * 1024,
      }) as AsyncIterable<string>;
      yield* parseQueryRange(chunks, { source: path, onWarning: options.onWarning });
    } else if (format === "csv") {
      yield* parseMetricsCsv(lines(path), { source: path });
    } else {
      yield* parseExposition(lines(path), { source: path, atMs: options.atMs });
    }
  }
}
