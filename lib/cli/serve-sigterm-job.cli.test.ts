import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { freePort } from "../testing/run-collector";
import { runTierscope, startTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

const TSX = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
const READ_JOB_STATES = path.resolve(import.meta.dirname, "../testing/read-job-states.ts");
const PAUSED = /paused at cost-job \(job ([0-9a-f-]{36})\)/;

async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 200));
}

/**
 * Starts `serve` with its cost job held at the start of its work (lib/pause-point.ts) until
 * `releaseFile` exists; resolves once the job is held, with its pg-boss id.
 */
async function serveWithHeldCostJob(dataDir: string, releaseFile: string) {
  const port = await freePort();
  const server = await startTierscope(
    ["serve", "--port", String(port), "--no-digest-worker"],
    dataDir,
    "paused at cost-job",
    { TIERSCOPE_PAUSE_AT: "cost-job", TIERSCOPE_PAUSE_UNTIL: releaseFile },
  );
  const exited = new Promise<number | null>((resolve) => server.child.once("exit", resolve));
  const jobId = PAUSED.exec(server.output())?.[1] as string;
  return { server, exited, jobId };
}

async function jobState(dataDir: string, jobId: string): Promise<string | undefined> {
  const read = await runTierscope(["exec", "--", TSX, READ_JOB_STATES, jobId], dataDir);
  expect(read.status, read.stderr).toBe(0);
  return JSON.parse(read.stdout.trim().split("\n").at(-1) as string)[jobId];
}

// A cost job in progress when SIGTERM arrives: serve lets it finish within the worker's grace, and
// exits 0 with the job completed.
it("finishes the cost job in progress when SIGTERM arrives", { timeout: 1_800_000 }, async () => {
  const dataDir = temporaryDataDir("tierscope-sigterm-job-");
  const release = path.join(dataDir, "release");
  const { server, exited, jobId } = await serveWithHeldCostJob(dataDir, release);

  server.child.kill("SIGTERM");
  await until(() => server.output().includes("SIGTERM: stopping"));
  writeFileSync(release, "");

  expect(await exited, server.output()).toBe(0);
  expect(server.output()).toContain(`released at cost-job (job ${jobId})`);
  expect(await jobState(dataDir, jobId)).toBe("completed");
});

// A cost job still running when the worker's grace runs out: serve hands it back to the queue (to
// be retried) and exits 0; the next start works it to completion.
it("hands back a cost job that outlasts the grace, and the next start finishes it", {
  timeout: 1_800_000,
}, async () => {
  const dataDir = temporaryDataDir("tierscope-sigterm-job-");
  const release = path.join(dataDir, "release");
  const { server, exited, jobId } = await serveWithHeldCostJob(dataDir, release);

  server.child.kill("SIGTERM");
  expect(await exited, server.output()).toBe(0);
  expect(server.output()).not.toContain("released at cost-job");
  expect(await jobState(dataDir, jobId)).toBe("retry");

  // The restarted worker takes the job again (once its retry delay, cost-jobs.ts, has passed).
  writeFileSync(release, "");
  const port = await freePort();
  const restarted = await startTierscope(
    ["serve", "--port", String(port), "--no-digest-worker"],
    dataDir,
    `released at cost-job (job ${jobId})`,
    { TIERSCOPE_PAUSE_AT: "cost-job", TIERSCOPE_PAUSE_UNTIL: release },
  );
  const restartExited = new Promise<number | null>((resolve) => restarted.child.once("exit", resolve));
  // SIGTERM once serve handles it (the job may be taken again before serve says it is ready).
  await until(() => restarted.output().includes("Tierscope is ready"));
  restarted.child.kill("SIGTERM");
  expect(await restartExited, restarted.output()).toBe(0);
  expect(await jobState(dataDir, jobId)).toBe("completed");
});
