import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createGzip } from "node:zlib";

export interface PushBody {
  /** sha256 (hex) of the uncompressed lines. */
  contentSha256: string;
  lines: number;
  compressedBytes: number;
}

/**
 * Writes values to `file` as gzip-compressed JSON lines, hashing the uncompressed bytes on the way.
 * A collector writes first and pushes the file after, so a push the server did not take can be sent
 * again unchanged (and is then recognised by its hash).
 */
export async function writeGzipLines(values: AsyncIterable<unknown>, file: string): Promise<PushBody> {
  const hash = createHash("sha256");
  const gzip = createGzip();
  const out = createWriteStream(file);
  const piped = gzip.pipe(out);
  const finished = once(piped, "finish");
  let count = 0;
  for await (const value of values) {
    const text = `${JSON.stringify(value)}\n`;
    hash.update(text);
    if (!gzip.write(text)) await once(gzip, "drain");
    count++;
  }
  gzip.end();
  await finished;
  return { contentSha256: hash.digest("hex"), lines: count, compressedBytes: out.bytesWritten };
}
