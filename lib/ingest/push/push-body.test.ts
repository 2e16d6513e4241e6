import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { persistentVolume } from "../../testing/kube-objects";
import { temporaryDataDir } from "../../testing/temporary-data-dir";
import type { RawObject } from "../kube/read-kube-files";
import { PushBodyError, PushTooLargeError } from "./push-errors";
import { readPushBody } from "./read-push-body";
import { writePushBody } from "./write-push-body";

async function* listed(): AsyncGenerator<RawObject> {
  for (const name of ["a", "b", "ü-ñ-漢"]) {
    const { kind: _kind, apiVersion: _v, ...item } = persistentVolume(name);
    yield {
      value: item,
      position: `PersistentVolume page 0 item ${name}`,
      inList: true,
      listKind: "PersistentVolumeList",
    };
  }
}

/** A body arriving in small chunks, as a network delivers it. */
function chunked(bytes: Buffer, size = 7): WebReadableStream<Uint8Array> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
  return Readable.toWeb(Readable.from(pieces)) as WebReadableStream<Uint8Array>;
}

async function readAll(body: AsyncIterable<RawObject>): Promise<RawObject[]> {
  const out: RawObject[] = [];
  for await (const raw of body) out.push(raw);
  return out;
}

describe("the push body", () => {
  it("round-trips a listing through gzip, in small chunks, multi-byte names intact", async () => {
    const file = path.join(temporaryDataDir("tierscope-push-"), "body.ndjson.gz");
    const written = await writePushBody(listed(), file);
    expect(written.lines).toBe(3);
    const objects = await readAll(
      readPushBody(chunked(readFileSync(file)), {
        gzip: true,
        maxBytes: 1 << 20,
        contentSha256: written.contentSha256,
      }),
    );
    expect(objects.map((o) => (o.value as { metadata: { name: string } }).metadata.name)).toEqual([
      "a",
      "b",
      "ü-ñ-漢",
    ]);
    expect(objects[0]).toMatchObject({
      inList: true,
      listKind: "PersistentVolumeList",
      position: "push line 1",
    });
  });

  it("refuses a body cut short: its hash is not the one announced", async () => {
    const file = path.join(temporaryDataDir("tierscope-push-"), "body.ndjson.gz");
    const written = await writePushBody(listed(), file);
    const plain = Buffer.from(
      `${JSON.stringify({ listKind: "PersistentVolumeList", item: persistentVolume("a") })}\n`,
    );
    await expect(
      readAll(
        readPushBody(chunked(plain), {
          gzip: false,
          maxBytes: 1 << 20,
          contentSha256: written.contentSha256,
        }),
      ),
    ).rejects.toThrow(PushBodyError);
  });

  it("stops past the size limit, counted uncompressed (a gzip bomb stops there too)", async () => {
    const zeros = gzipSync(Buffer.alloc(1 << 20, 0x20));
    expect(zeros.length).toBeLessThan(10_000);
    await expect(
      readAll(
        readPushBody(chunked(zeros, 1024), {
          gzip: true,
          maxBytes: 64 * 1024,
          contentSha256: "0".repeat(64),
        }),
      ),
    ).rejects.toThrow(PushTooLargeError);
  });

  it("names the line that is not a push line", async () => {
    const body = Buffer.from('{"listKind":"PodList","item":{}}\n{"nope":1}\n');
    await expect(
      readAll(readPushBody(chunked(body), { gzip: false, maxBytes: 1 << 20, contentSha256: "0".repeat(64) })),
    ).rejects.toThrow(/push line 2: expected/);
  });
});
