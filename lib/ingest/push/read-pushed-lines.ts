import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import { PushBodyError, PushTooLargeError } from "./push-errors";

export interface PushedBodyOptions {
  gzip: boolean;
  maxBytes: number;
  contentSha256: string;
}

/**
 * Reads a pushed body of JSON lines as it arrives (gunzipped when `gzip`), without holding it in
 * memory, and yields what `parse` makes of each line (it throws PushBodyError for a line that is not
 * a push line). Stops with PushTooLargeError past `maxBytes` uncompressed (a gzip bomb stops there
 * too), and, at the end, with PushBodyError when the bytes do not hash to `contentSha256`: the
 * import around it then writes nothing.
 */
export async function* readPushedLines<T>(
  body: WebReadableStream<Uint8Array> | ReadableStream<Uint8Array>,
  options: PushedBodyOptions,
  parse: (value: unknown, position: string) => T,
): AsyncGenerator<T> {
  const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  const bytes = options.gzip ? source.pipe(createGunzip()) : source;
  if (options.gzip) source.on("error", (error) => bytes.destroy(error));
  const hash = createHash("sha256");
  let total = 0;
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let lineNo = 0;
  const parseLine = (text: string): T => {
    lineNo++;
    const position = `push line ${lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new PushBodyError(`${position}: not valid JSON: ${(error as Error).message}`);
    }
    return parse(value, position);
  };
  try {
    for await (const chunk of bytes) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > options.maxBytes) {
        throw new PushTooLargeError(
          `the push is larger than the limit of ${options.maxBytes} bytes uncompressed`,
        );
      }
      hash.update(buffer);
      pending += decoder.write(buffer);
      let newline = pending.indexOf("\n");
      while (newline >= 0) {
        const text = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (text.trim()) yield parseLine(text);
        newline = pending.indexOf("\n");
      }
    }
  } finally {
    bytes.destroy();
  }
  pending += decoder.end();
  if (pending.trim()) yield parseLine(pending);
  if (hash.digest("hex") !== options.contentSha256) {
    throw new PushBodyError(
      "the body does not match its x-tierscope-content-sha256: it was cut short or changed",
    );
  }
}
