import { z } from "zod";
import type { SourceRecord } from "../metrics/source-record";
import { PushBodyError } from "./push-errors";

/**
 * The metrics push, `POST /api/v1/clusters/{name}/metrics`: one JSON line per record the collector
 * read from Prometheus, exactly as `import metrics` reads them, gzip-compressed, with the sha256 of
 * the uncompressed body in x-tierscope-content-sha256. A value is a string as Prometheus writes it
 * ("0.5", "NaN", "+Inf"), because JSON has no NaN or infinities.
 */
export type MetricPushLine =
  | (Omit<Extract<SourceRecord, { kind: "sample" }>, "value"> & { value: string })
  | Extract<SourceRecord, { kind: "invalid" }>;

const ZPushedValue = z.string().transform((text, ctx) => {
  const value =
    text === "+Inf" ? Number.POSITIVE_INFINITY : text === "-Inf" ? Number.NEGATIVE_INFINITY : Number(text);
  if (Number.isNaN(value) && text !== "NaN") {
    ctx.addIssue({ code: "custom", message: `"${text}" is not a number` });
    return z.NEVER;
  }
  return value;
});

const ZMetricPushLine = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("sample"),
    name: z.string().min(1).max(256),
    labels: z.record(z.string(), z.string()),
    atMs: z.number().int(),
    value: ZPushedValue,
    valueKind: z.enum(["raw", "rate"]),
    position: z.string().max(1000),
  }),
  z.object({
    kind: z.literal("invalid"),
    position: z.string().max(1000),
    metric: z.string().max(256).optional(),
    field: z.string().max(256),
    problem: z.string().max(2000),
  }),
]);

function formatValue(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

export function toMetricPushLine(record: SourceRecord): MetricPushLine {
  return record.kind === "sample" ? { ...record, value: formatValue(record.value) } : record;
}

/** A pushed line back to the record it was; PushBodyError names the line and field otherwise. */
export function parseMetricPushLine(value: unknown, position: string): SourceRecord {
  const parsed = ZMetricPushLine.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "line";
    throw new PushBodyError(`${position}: ${field}: ${issue?.message ?? "not a metrics push line"}`);
  }
  return parsed.data;
}
