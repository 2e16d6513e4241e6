import { z } from "zod";
import { KINDS } from "../kube/kube-kinds";

/**
 * The collector push, `POST /api/v1/clusters/{name}/observations`: the body is one JSON line per
 * listed object, `{"listKind":"PersistentVolumeList","item":{...}}` (items as the API's typed lists
 * return them), gzip-compressed; the headers carry what the listing knows once it is done.
 */
export const OBSERVED_AT_HEADER = "x-tierscope-observed-at";
/** JSON `{ "<Kind>": { "complete": bool, "error"?: string } }`: what each kind's listing achieved. */
export const KIND_OUTCOMES_HEADER = "x-tierscope-kind-outcomes";
/** sha256 (hex) of the uncompressed body: the push's identity, and checked against what arrived. */
export const CONTENT_SHA256_HEADER = "x-tierscope-content-sha256";

export const PUSH_CONTENT_TYPE = "application/x-ndjson";

export interface PushLine {
  listKind: string;
  item: unknown;
}

const kindNames = KINDS.map((k) => k.kind) as [string, ...string[]];

export const ZKindOutcomes = z.partialRecord(
  z.enum(kindNames),
  z.object({ complete: z.boolean(), error: z.string().max(2000).optional() }),
);

export const ZPushHeaders = z.object({
  observedAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  kindOutcomes: z
    .string()
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "not JSON" });
        return z.NEVER;
      }
    })
    .pipe(ZKindOutcomes),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/, "expected 64 hex digits"),
});

/** Metrics push only: "true" stores the valid records and counts the invalid ones, as --skip-invalid. */
export const SKIP_INVALID_HEADER = "x-tierscope-skip-invalid";

export const ZMetricPushHeaders = z.object({
  contentSha256: ZPushHeaders.shape.contentSha256,
  skipInvalid: z
    .enum(["true", "false"])
    .default("false")
    .transform((s) => s === "true"),
});
