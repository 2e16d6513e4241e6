import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/**
 * sha256 over the files' bytes and the observation time: the identity of an import. The same
 * dump imported again for the same time is recognised before anything is written.
 */
export async function hashImport(files: string[], observedAt: Date): Promise<string> {
  const hash = createHash("sha256").update(observedAt.toISOString());
  for (const file of files) {
    hash.update(`\0${file.length}\0`);
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  }
  return hash.digest("hex");
}
