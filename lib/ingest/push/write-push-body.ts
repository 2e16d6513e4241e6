import type { RawObject } from "../kube/read-kube-files";
import type { PushLine } from "./push-protocol";
import { type PushBody, writeGzipLines } from "./write-gzip-lines";

async function* pushLines(objects: AsyncIterable<RawObject>): AsyncGenerator<PushLine> {
  for await (const raw of objects) yield { listKind: raw.listKind ?? "", item: raw.value };
}

/** Writes a cluster listing as an observation push body (see push-protocol.ts). */
export function writePushBody(objects: AsyncIterable<RawObject>, file: string): Promise<PushBody> {
  return writeGzipLines(pushLines(objects), file);
}
