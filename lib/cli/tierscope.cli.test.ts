import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../db/embedded/start-embedded-postgres";
import { DEMO_ACCOUNTS } from "../demo/demo-accounts";
import { runTierscope, startTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

function freshDataDir() {
  return temporaryDataDir("tierscope-cli-");
}

async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Signs in as the demo's admin (the demo creates the account) and reads the overview with that session. */
async function overviewTotals(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes("admin"));
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: admin?.email, password: admin?.password }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/v1/overview`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()).totals;
}

describe("tierscope", () => {
  it("lists its commands in --help", async () => {
    const result = await runTierscope(["--help"], freshDataDir());
    expect(result.status).toBe(0);
    for (const command of ["demo", "serve", "migrate", "exec"]) {
      expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
    }
  });

  it("rejects an unknown command with a non-zero status", async () => {
    const result = await runTierscope(["frobnicate"], freshDataDir());
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe("tierscope: unknown command 'frobnicate'");
  });

  it("rejects a bad port with one line naming the option", async () => {
    const result = await runTierscope(["serve", "--port", "99999"], freshDataDir());
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "tierscope: option '-p, --port <port>' argument '99999' is invalid. Expected a whole number from 1 to 65535.",
    );
  });

  it("migrates a fresh embedded database once, then finds it up to date", async () => {
    const dataDir = freshDataDir();
    const first = await runTierscope(["migrate"], dataDir);
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\): \d{14}_init/);
    const second = await runTierscope(["migrate"], dataDir);
    expect(second.stdout).toContain("The database is up to date.");
    const status = await runTierscope(["migrate", "--status"], dataDir);
    expect(status.stdout).toMatch(/^applied {2}\d{14}_init$/m);
  });

  it("says which server it cannot reach when DATABASE_URL points nowhere", async () => {
    const result = await runTierscope(["migrate"], freshDataDir(), "postgresql://u:p@127.0.0.1:1/none");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^tierscope: Cannot connect to the PostgreSQL server 127\.0\.0\.1:1 \(DATABASE_URL\): .*ECONNREFUSED/,
    );
  });

  it("rejects a DATABASE_URL that is not a postgres URL", async () => {
    const result = await runTierscope(["migrate"], freshDataDir(), "mysql://localhost/x");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tierscope: Invalid environment variable DATABASE_URL/);
  });

  it("refuses a data folder another process holds, with a clear error", async () => {
    const dataDir = freshDataDir();
    const holder = await startEmbeddedPostgres({ dataDir });
    try {
      const result = await runTierscope(["migrate"], dataDir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`The data folder ${dataDir} is in use by another Tierscope process`);
    } finally {
      await holder.stop();
    }
  });

  it("serves a loading page at once, keeps the demo fleet across a SIGKILL and does not load it twice", async () => {
    const dataDir = freshDataDir();
    const port = 3200 + Math.floor(Math.random() * 500);
    const first = await startTierscope(["demo", "--port", String(port)], dataDir, "Serving at");
    // Listening before the demo data is there: alive, not ready, and a page saying what it loads.
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const readyz = await fetch(`${base}/readyz`);
    expect(readyz.status).toBe(503);
    expect((await readyz.json()).reason).toMatch(/^Loading the demo data: /);
    const page = await fetch(`${base}/login`);
    expect(page.status).toBe(503);
    expect(await page.text()).toMatch(/<p id="loading">Loading the demo data: /);
    await until(() => first.output().includes("Tierscope is ready"));
    expect(first.output()).toMatch(/Demo fleet loaded: \d+ rows/);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const before = await overviewTotals(port);
    expect(before.clusters).toBe(3);
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.on("exit", resolve));

    const second = await startTierscope(["demo", "--port", String(port)], dataDir, "Tierscope is ready");
    try {
      expect(second.output()).toContain("Demo fleet already loaded: keeping the data as it is.");
      expect(await overviewTotals(port)).toEqual(before);
    } finally {
      second.child.kill("SIGTERM");
      await new Promise((resolve) => second.child.on("exit", resolve));
    }
  });
});
