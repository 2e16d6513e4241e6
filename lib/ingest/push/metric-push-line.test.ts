import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { describe, expect, it } from "vitest";
import type { SourceRecord } from "../metrics/source-record";
import { parseMetricPushLine, toMetricPushLine } from "./metric-push-line";
import { PushBodyError } from "./push-errors";
import { readPushedLines } from "./read-pushed-lines";

const sample = (value: number): SourceRecord => ({
  kind: "sample",
  name: "DCGM_FI_DEV_GPU_UTIL",
  labels: { gpu: "0", namespace: "ml", pod: "trainer-0" },
  atMs: Date.UTC(2026, 2, 1, 12),
  value,
  valueKind: "raw",
  position: "query 3 result 0 point 0",
});

const roundTrip = (record: SourceRecord) =>
  parseMetricPushLine(JSON.parse(JSON.stringify(toMetricPushLine(record))), "push line 1");

describe("metric push lines", () => {
  it("carry samples through JSON, NaN and infinities included", () => {
    for (const value of [0.25, 1e21, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(roundTrip(sample(value))).toEqual(sample(value));
    }
  });

  it("carry invalid records as they are, for the server to count or refuse", () => {
    const invalid: SourceRecord = {
      kind: "invalid",
      position: "query 1 result 2",
      metric: "kubelet_volume_stats_used_bytes",
      field: "value",
      problem: '"1e" is not a number',
    };
    expect(roundTrip(invalid)).toEqual(invalid);
  });

  it("name the line and field that is wrong", () => {
    const line = { ...toMetricPushLine(sample(1)), value: "lots" };
    expect(() => parseMetricPushLine(line, "push line 7")).toThrow(
      new PushBodyError('push line 7: value: "lots" is not a number'),
    );
    expect(() => parseMetricPushLine({ kind: "sample" }, "push line 8")).toThrow(/^push line 8: name:/);
  });

  it("are read back from a pushed body whose hash matches", async () => {
    const text = `${JSON.stringify(toMetricPushLine(sample(0.5)))}\n`;
    const body = Readable.toWeb(Readable.from([Buffer.from(text)])) as WebReadableStream<Uint8Array>;
    const records: SourceRecord[] = [];
    const contentSha256 = createHash("sha256").update(text).digest("hex");
    for await (const record of readPushedLines(
      body,
      { gzip: false, maxBytes: 1 << 20, contentSha256 },
      parseMetricPushLine,
    )) {
      records.push(record);
    }
    expect(records).toEqual([sample(0.5)]);
  });
});
