import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createGzip } from "node:zlib";
import type { RawObject } from "../kube/read-kube-files";
import type { PushLine } from "./push-protocol";

export interface PushBody {
  /** sha256 (hex) of the uncompressed lines. */
  contentSha256: string;
  objects: number;
  compressedBytes: number;
}

/**
 * Writes a listing to `file` as gzip-compressed JSON lines, hashing the uncompressed bytes on the
 * way. The collector lists first and pushes the file after, so a push the server did not take
 * can be sent again unchanged (and is then recognised by its hash).
 */
export async function writePushBody(objects: AsyncIterable<RawObject>, file: string): Promise<PushBody> {
  const hash = createHash("sha256");
  const gzip = createGzip();
  const out = createWriteStream(file);
  const piped = gzip.pipe(out);
  const finished = once(piped, "finish");
  let count = 0;
  for await (const raw of objects) {
    const line: PushLine = { listKind: raw.listKind ?? "", item: raw.value };
    const text = `${JSON.stringify(line)}\n`;
    hash.update(text);
    if (!gzip.write(text)) await once(gzip, "drain");
    count++;
  }
  gzip.end();
  await finished;
  return { contentSha256: hash.digest("hex"), objects: count, compressedBytes: out.bytesWritten };
}
