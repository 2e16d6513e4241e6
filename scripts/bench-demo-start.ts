// First demo start benchmark (npm run bench:demo-start [-- --port 3199]): runs `tierscope demo` on a
// fresh embedded database (an empty TIERSCOPE_DATA_DIR, as on a fresh clone), times each phase from
// the lines it prints, and the first 200 of /login, next to the baseline measured before the demo
// loaded in bulk (main at e8d678c, load average about 18 on 2 cores). The web app must be built (npm install builds it); the data directory is removed.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const port = arg("port", 3199);
const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "tierscope-bench-demo-start-"));

/** Each phase ends at the first line starting with its marker; it starts where the one before ended. */
const PHASES: { name: string; endsAt: string; baselineSeconds: number }[] = [
  { name: "listening (loading page)", endsAt: "Serving at", baselineSeconds: 29.7 },
  { name: "embedded database + migrations", endsAt: "Database:", baselineSeconds: 67.8 },
  // A database started from the template has the catalog already: it prints no "Price catalog:" line.
  {
    name: "price catalog + generating the fleet",
    endsAt: "Loading the demo fleet: organization",
    baselineSeconds: 15.0,
  },
  {
    name: "fleet load before metric samples",
    endsAt: "Loading the demo fleet: metric samples",
    baselineSeconds: 11.9,
  },
  { name: "metric samples", endsAt: "Demo fleet loaded", baselineSeconds: 63.7 },
  { name: "cost facts", endsAt: "Cost facts:", baselineSeconds: 67.3 },
  { name: "demo accounts", endsAt: "Demo accounts", baselineSeconds: 2.5 },
];
const BASELINE_WEB_APP_SECONDS = 8.9;
const BASELINE_LOGIN_SECONDS = 266.8;

const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const seen = new Map<string, number>();

const child = spawn(
  process.execPath,
  [path.join(root, "bin", "tierscope.mjs"), "demo", "--port", String(port)],
  {
    env: {
      ...process.env,
      DATABASE_URL: "",
      TIERSCOPE_DATA_DIR: path.join(work, "data"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
  console.log(`${elapsed().toFixed(1).padStart(6)} s  ${line}`);
  for (const phase of PHASES) {
    if (line.startsWith(phase.endsAt) && !seen.has(phase.endsAt)) seen.set(phase.endsAt, elapsed());
  }
});
const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

/** Seconds until /login first answers 200 (the loading page answers 503 before). */
async function firstLogin(): Promise<number> {
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${port}/login`, { redirect: "manual" })
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return elapsed();
    if (child.exitCode !== null)
      throw new Error(`tierscope demo exited with ${child.exitCode} before serving`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const cell = (seconds: number | undefined) => (seconds === undefined ? "-" : seconds.toFixed(1)).padStart(8);
const row = (name: string, seconds: number | undefined, baseline: number) =>
  console.log(`${name.padEnd(40)}${cell(seconds)}  ${cell(baseline)}`);

try {
  const login = await firstLogin();
  console.log(`\n${"phase".padEnd(40)}${"seconds".padStart(8)}  ${"baseline".padStart(8)}`);
  let previous = 0;
  for (const phase of PHASES) {
    const end = seen.get(phase.endsAt);
    row(phase.name, end === undefined ? undefined : end - previous, phase.baselineSeconds);
    if (end !== undefined) previous = end;
  }
  row("web app opens (to the first 200)", login - previous, BASELINE_WEB_APP_SECONDS);
  row("first 200 on /login", login, BASELINE_LOGIN_SECONDS);
} finally {
  child.kill("SIGTERM");
  await exited;
  rmSync(work, { recursive: true, force: true });
}
