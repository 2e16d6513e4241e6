import { readFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { expect, it } from "vitest";
import type { RawObject } from "../ingest/kube/read-kube-files";
import {
  CONTENT_SHA256_HEADER,
  KIND_OUTCOMES_HEADER,
  OBSERVED_AT_HEADER,
  PUSH_CONTENT_TYPE,
} from "../ingest/push/push-protocol";
import { writePushBody } from "../ingest/push/write-push-body";
import { persistentVolume } from "../testing/kube-objects";
import { freePort } from "../testing/run-collector";
import { runTierscope, startTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

const TSX = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
const CREATE_TOKEN = path.resolve(import.meta.dirname, "../testing/create-collector-token.ts");
const VOLUMES = 5;
// Created yesterday: the push brings two days of costs up to date, well within the server's grace.
const CREATED = new Date(Date.now() - 86_400_000).toISOString();

async function* volumes(): AsyncGenerator<RawObject> {
  for (let i = 0; i < VOLUMES; i++) {
    const value = persistentVolume(`v${i}`, { created: CREATED });
    yield { value, position: `volume ${i}`, inList: true, listKind: "PersistentVolumeList" };
  }
}

async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 200));
}

// SIGTERM while a collector's push is half sent: the server stops taking connections but lets the
// push finish and import it whole, then stops the job workers and the database, and exits 0.
// Three tierscope commands and a server start one after another: minutes each on a busy machine.
it("finishes a push in flight when SIGTERM arrives, then exits cleanly", { timeout: 1_800_000 }, async () => {
  const dataDir = temporaryDataDir("tierscope-sigterm-");
  const created = await runTierscope(["exec", "--", TSX, CREATE_TOKEN, "sig-a"], dataDir);
  expect(created.status, created.stderr).toBe(0);
  const token = created.stdout.trim().split("\n").at(-1) as string;
  const file = path.join(temporaryDataDir("tierscope-sigterm-body-"), "push.ndjson.gz");
  const body = await writePushBody(volumes(), file);
  const bytes = readFileSync(file);

  const port = await freePort();
  const server = await startTierscope(
    ["serve", "--port", String(port), "--no-digest-worker"],
    dataDir,
    "Tierscope is ready",
  );
  const exited = new Promise<number | null>((resolve) => server.child.once("exit", resolve));

  const push = request(`http://127.0.0.1:${port}/api/v1/clusters/sig-a/observations`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": PUSH_CONTENT_TYPE,
      "content-encoding": "gzip",
      "content-length": String(bytes.length),
      // The server answers 100 Continue once it has taken the request: from then on it is in flight.
      expect: "100-continue",
      [OBSERVED_AT_HEADER]: new Date().toISOString(),
      [KIND_OUTCOMES_HEADER]: JSON.stringify({ PersistentVolume: { complete: true } }),
      [CONTENT_SHA256_HEADER]: body.contentSha256,
    },
  });
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    push.once("response", (response) => {
      let text = "";
      response.on("data", (chunk) => {
        text += chunk;
      });
      response.once("end", () => resolve({ status: response.statusCode as number, text }));
    });
    push.once("error", reject);
  });
  await new Promise<void>((resolve) => push.once("continue", () => resolve()));
  const half = Math.floor(bytes.length / 2);
  push.write(bytes.subarray(0, half));

  server.child.kill("SIGTERM");
  await until(() => server.output().includes("SIGTERM: stopping"));
  push.end(bytes.subarray(half));

  const response = await answered.catch((error: Error) => {
    throw new Error(`${error.message}; the server said:\n${server.output()}`);
  });
  expect(response.status, response.text).toBe(201);
  const kinds = JSON.parse(response.text).kinds as { kind: string; new: number }[];
  expect(kinds.find((k) => k.kind === "PersistentVolume")?.new).toBe(VOLUMES);
  expect(await exited).toBe(0);
  expect(server.output()).not.toContain("requests unfinished");

  const inventory = await runTierscope(["inventory", "--cluster", "sig-a", "--format", "json"], dataDir);
  expect(inventory.status, inventory.stderr).toBe(0);
  expect(JSON.parse(inventory.stdout).totals.PersistentVolume).toBe(VOLUMES);
});
