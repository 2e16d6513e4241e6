import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { RawObject } from "../kube/read-kube-files";
import { PushBodyError } from "./push-errors";
import { type PushedBodyOptions, readPushedLines } from "./read-pushed-lines";

/** Reads an observation push (see push-protocol.ts) as it arrives, one listed object per line. */
export function readPushBody(
  body: WebReadableStream<Uint8Array> | ReadableStream<Uint8Array>,
  options: PushedBodyOptions,
): AsyncGenerator<RawObject> {
  return readPushedLines(body, options, (value, position) => {
    const line = value as { listKind?: unknown; item?: unknown } | null;
    if (typeof line?.listKind !== "string" || typeof line.item !== "object" || line.item === null) {
      throw new PushBodyError(`${position}: expected {"listKind": "...", "item": {...}}`);
    }
    return { value: line.item, position, inList: true, listKind: line.listKind };
  });
}
