import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchObject } from "../../scripts/bench-ingest-objects";

// The crash-safety sweep (scripts/crash-sweep.ts, and a few points of it in the CLI tests): each
// scenario's command is run once cleanly, listing the kill points it passes (lib/kill-point.ts);
// then, for each point, on a fresh copy of the scenario's starting database, the command is killed
// there with SIGKILL, the database is checked (no observation half written, no partial file), the
// command is run again, and the database must then equal the clean run's, fact for fact. A command
// that sends messages must also never send one twice across the kill and the re-run.

const BIN = path.resolve(import.meta.dirname, "../../bin/tierscope.mjs");
const PG = path.resolve(import.meta.dirname, "../../node_modules/pg");

/** The moment every command of the sweep runs at (TIERSCOPE_NOW): runs can be compared. */
export const SWEEP_NOW = "2026-03-10T06:00:00Z";

export interface CrashScenario {
  name: string;
  /** Commands that make the starting database, run cleanly once. */
  setup: string[][];
  /** The command that is killed, then run again. */
  command: string[];
  /** Environment of the command's runs. */
  env?: Record<string, string>;
  /** The file the command writes: whole after the re-run, never partial after the kill. */
  outputFile?: string;
  /** The messages a run sent, read from its output: none may go out twice across a kill and its re-run. */
  sentMessages?: (output: string) => string[];
  /**
   * Points after which a message may have left: the re-run must not send it again, so the send
   * ends failed ("may or may not have been delivered") where the clean run's ended sent. After
   * these, the sends must be final rather than equal to the clean run's.
   */
  mayHaveSent?: (point: string) => boolean;
}

export interface PointOutcome {
  scenario: string;
  point: string;
  /** What was wrong, empty when the database was consistent after the kill and after the re-run. */
  problems: string[];
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function tierscope(args: string[], dataDir: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      TIERSCOPE_DATA_DIR: dataDir,
      TIERSCOPE_NOW: SWEEP_NOW,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    };
    // The embedded database of dataDir, and the log mailer: what a run sends is in its output.
    for (const name of ["DATABASE_URL", "SMTP_URL", "SMTP_HOST"]) delete childEnv[name];
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv, cwd: dataDir });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("exit", (status, signal) => resolve({ status, signal, output }));
  });
}

/** What a consistent database must show, as JSON text: ids and computation times left out. */
const DUMP_STATE = `
const pg = require(${JSON.stringify(PG)});
(async () => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const rows = async (sql) => (await db.query(sql)).rows;
  const state = {
    observations: await rows("SELECT status, count(*)::int AS n FROM observation GROUP BY status ORDER BY status"),
    objects: await rows("SELECT (SELECT count(*) FROM persistent_volume)::int AS pv, (SELECT count(*) FROM persistent_volume_claim)::int AS pvc, (SELECT count(*) FROM namespace)::int AS ns"),
    backlog: (await rows("SELECT count(*)::int AS n FROM cost_backlog"))[0].n,
    closed: (await rows("SELECT month::text FROM month_close ORDER BY month")).map((r) => r.month),
    audited: (await rows("SELECT action, count(*)::int AS n FROM identity_audit_event GROUP BY action ORDER BY action")),
    digests: await rows("SELECT status::text, count(*)::int AS n FROM digest_send GROUP BY status ORDER BY status"),
    facts: (await rows("SELECT md5(string_agg(concat_ws('|', c.name, f.day, f.resource_kind, f.resource_uid, f.component, f.status, f.allocation, f.namespace, f.storage_class_name, f.quantity, f.unit, f.hours, f.unit_price, f.cost, f.currency, f.reason, f.category), ',' ORDER BY c.name, f.day, f.resource_uid, f.component)) AS digest, count(*)::int AS n FROM cost_fact_day f JOIN cluster c ON c.id = f.cluster_id"))[0],
    rollups: (await rows("SELECT md5(string_agg(concat_ws('|', day, namespace, category, currency, cost), ',' ORDER BY day, namespace, category, currency, cost)) AS digest FROM cost_rollup_day"))[0].digest,
  };
  console.log(JSON.stringify(state));
  await db.end();
})().catch((error) => { console.error(error); process.exit(1); });`;

interface State {
  observations: { status: string; n: number }[];
  facts: { digest: string | null; n: number };
  digests: { status: string; n: number }[];
}

async function dumpState(dataDir: string, report?: string): Promise<{ text: string; state: State }> {
  const run = await tierscope(["exec", "--", process.execPath, "-e", DUMP_STATE], dataDir);
  if (run.status !== 0) throw new Error(`reading the database failed: ${run.output}`);
  const line = run.output.trim().split("\n").at(-1) ?? "";
  const state = JSON.parse(line) as State & Record<string, unknown>;
  if (report) {
    state.report = existsSync(report)
      ? createHash("sha256").update(readFileSync(report)).digest("hex")
      : null;
  }
  return { text: JSON.stringify(state), state };
}

/** A kubectl-style dump: enough PersistentVolumes and claims for two batches of each, in three months. */
export function writeSweepDump(dir: string, volumes = 2100): string {
  const kinds: [string, number][] = [
    ["Namespace", 20],
    ["StorageClass", 1],
    ["PersistentVolume", volumes],
    ["PersistentVolumeClaim", volumes],
  ];
  const items = kinds.flatMap(([kind, count]) =>
    Array.from({ length: count }, (_, i) => benchObject(kind, i)),
  );
  const file = path.join(dir, "dump.json");
  writeFileSync(file, JSON.stringify({ apiVersion: "v1", kind: "List", items }));
  return file;
}

/** A weekly digest of namespace team-0 of cluster "prod" to two recipients, due twice by SWEEP_NOW. */
const SUBSCRIBE = `
const pg = require(${JSON.stringify(PG)});
(async () => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  await db.query(\`INSERT INTO digest_subscription (id, cluster_id, namespace, recipients, cadence, time_zone, schedule_from, updated_at)
    SELECT gen_random_uuid(), c.id, 'team-0', ARRAY['ana@example.com', 'bo@example.com'], 'weekly', 'UTC', '2026-02-20T00:00:00Z', now()
      FROM cluster c WHERE c.name = 'prod'\`);
  await db.end();
})().catch((error) => { console.error(error); process.exit(1); });`;

/** What the log mailer prints for each message (lib/email/digest-mailer.ts): subject and recipient. */
const LOGGED_DIGEST = /^Digest "(.*)" for (\S+) rendered and logged/gm;

/** The statuses a send ends in: nothing left claimed or waiting after a re-run. */
const FINAL_DIGEST_STATUSES = new Set(["sent", "logged", "failed", "skipped"]);

/**
 * The scenarios: an import, a recompute, a month close, report exports (CSV whole, FOCUS streamed
 * in batches) and a pass of the digest worker. Alert sends (branch `alerts`) join as a scenario
 * shaped like `digest`: a command that sends what is due once and exits, kill points between its
 * claim, its hand-off to SMTP and its record of the result, `sentMessages` reading its log line,
 * and `mayHaveSent` naming the points after the hand-off.
 */
export function sweepScenarios(dump: string, workDir: string): CrashScenario[] {
  const importDump = ["import", "files", "--cluster", "prod", "--observed-at", "2026-03-10T05:00:00Z", dump];
  const closeFebruary = ["close-month", "2026-02", "--reason", "crash sweep"];
  const report = (format: string, file: string): CrashScenario => ({
    name: `report-${format}`,
    setup: [importDump, closeFebruary],
    command: ["report", "--month", "2026-02", "--by", "team", "--format", format, "--out", file],
    outputFile: file,
  });
  return [
    { name: "import", setup: [["migrate"]], command: importDump },
    { name: "recompute", setup: [importDump], command: ["recompute"] },
    { name: "close-month", setup: [importDump], command: closeFebruary },
    report("csv", path.join(workDir, "chargeback.csv")),
    report("focus", path.join(workDir, "chargeback.focus.csv")),
    {
      name: "digest",
      setup: [importDump, ["exec", "--", process.execPath, "-e", SUBSCRIBE]],
      command: ["digest", "worker", "--once"],
      // A claim older than a second is a stopped worker's: the re-run takes it back at once.
      env: { TIERSCOPE_DIGEST_LEASE_SECONDS: "1", TIERSCOPE_DIGEST_LEASE_SECONDS_UNSAFE_FOR_TESTS: "1" },
      sentMessages: (output) => [...output.matchAll(LOGGED_DIGEST)].map((m) => `${m[1]} to ${m[2]}`),
      mayHaveSent: (point) => !point.startsWith("digest:claimed"),
    },
  ];
}

export interface ScenarioPlan {
  scenario: CrashScenario;
  /** The starting database, copied for each point. */
  template: string;
  /** The points a clean run passes, each as point#n. */
  points: string[];
  /** The clean run's database. */
  clean: string;
}

async function runOrThrow(args: string[], dataDir: string, env: Record<string, string> = {}): Promise<void> {
  const run = await tierscope(args, dataDir, env);
  if (run.status !== 0) throw new Error(`tierscope ${args.join(" ")} failed (${run.status}): ${run.output}`);
}

/** Sets a scenario up once and runs it cleanly once, listing its kill points. */
export async function planScenario(scenario: CrashScenario, workDir: string): Promise<ScenarioPlan> {
  const template = mkdtempSync(path.join(workDir, `${scenario.name}-start-`));
  for (const args of scenario.setup) await runOrThrow(args, template);
  const cleanDir = mkdtempSync(path.join(workDir, `${scenario.name}-clean-`));
  cpSync(template, cleanDir, { recursive: true });
  const log = path.join(workDir, `${scenario.name}.points`);
  await runOrThrow(scenario.command, cleanDir, { ...scenario.env, TIERSCOPE_KILL_POINTS: log });
  const points = readFileSync(log, "utf8").trim().split("\n").filter(Boolean);
  const clean = (await dumpState(cleanDir, scenario.outputFile)).text;
  if (scenario.outputFile) rmSync(scenario.outputFile, { force: true });
  return { scenario, template, points, clean };
}

/** Messages that went out more than once across the runs' outputs. */
function sentTwice(scenario: CrashScenario, outputs: string[]): string[] {
  const sent = outputs.flatMap((output) => scenario.sentMessages?.(output) ?? []);
  return [...new Set(sent.filter((message, i) => sent.indexOf(message) !== i))];
}

/** The re-run's database against the clean run's: equal, or (after a possible send) final and equal but for the sends. */
function compareWithClean(
  plan: ScenarioPlan,
  point: string,
  final: { text: string; state: State },
): string[] {
  if (final.text === plan.clean) return [];
  if (plan.scenario.mayHaveSent?.(point)) {
    const open = final.state.digests.filter((d) => !FINAL_DIGEST_STATUSES.has(d.status));
    const withoutSends = (text: string) => JSON.stringify({ ...JSON.parse(text), digests: null });
    const problems = open.length > 0 ? [`after the re-run: sends not final ${JSON.stringify(open)}`] : [];
    if (withoutSends(final.text) !== withoutSends(plan.clean))
      problems.push(`after the re-run: ${final.text}\n  clean run:  ${plan.clean}`);
    return problems;
  }
  return [`after the re-run: ${final.text}\n  clean run:  ${plan.clean}`];
}

/** Kills the scenario's command at `point` on a fresh copy of its starting database, checks, re-runs, checks. */
export async function tryPoint(plan: ScenarioPlan, point: string, workDir: string): Promise<PointOutcome> {
  const { scenario } = plan;
  const outputFile = scenario.outputFile;
  const problems: string[] = [];
  const dir = mkdtempSync(path.join(workDir, `${scenario.name}-kill-`));
  cpSync(plan.template, dir, { recursive: true });
  try {
    const killed = await tierscope(scenario.command, dir, { ...scenario.env, TIERSCOPE_KILL_AT: point });
    if (killed.signal !== "SIGKILL")
      problems.push(`not killed at ${point} (exit ${killed.status}): ${killed.output.trim()}`);
    const after = await dumpState(dir, outputFile);
    const half = after.state.observations.filter((o) => o.status !== "completed");
    if (half.length > 0) problems.push(`after the kill: observations ${JSON.stringify(half)}`);
    if (
      outputFile &&
      existsSync(outputFile) &&
      JSON.parse(after.text).report !== JSON.parse(plan.clean).report
    ) {
      problems.push("after the kill: a partial report file");
    }
    const again = await tierscope(scenario.command, dir, scenario.env);
    if (again.status !== 0) problems.push(`the re-run failed (${again.status}): ${again.output.trim()}`);
    const twice = sentTwice(scenario, [killed.output, again.output]);
    if (twice.length > 0) problems.push(`sent twice: ${twice.join("; ")}`);
    problems.push(...compareWithClean(plan, point, await dumpState(dir, outputFile)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (outputFile) rmSync(outputFile, { force: true });
  }
  return { scenario: scenario.name, point, problems };
}

export function sweepWorkDir(): string {
  return mkdtempSync(path.join(tmpdir(), "tierscope-crash-"));
}
