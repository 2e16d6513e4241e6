import { beforeAll, describe, expect, it } from "vitest";
import { runTierscope } from "../testing/run-tierscope";
import { seedThroughExec } from "../testing/seed-through-exec";
import { temporaryDataDir } from "../testing/temporary-data-dir";

// `tierscope alerts` on an embedded database with one team: channels with their secret taken from
// the environment, a rule routed to them, its mute, and errors that name the flag.
const dataDir = temporaryDataDir("tierscope-alerts-cli-");
const SEED = `
  const org = await one("INSERT INTO organization (id, slug, name) VALUES (gen_random_uuid(), 'acme', 'Acme') RETURNING id");
  await db.query("INSERT INTO team (id, org_id, slug, name) VALUES (gen_random_uuid(), $1, 'ml', 'ML')", [org]);
`;

beforeAll(async () => {
  const result = await seedThroughExec(dataDir, SEED);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}, 300_000);

const run = (...args: string[]) => runTierscope(["alerts", ...args], dataDir);

describe("tierscope alerts", () => {
  it("creates channels and a rule, lists them without secrets, mutes and unmutes the rule", async () => {
    process.env.CLI_TEST_HOOK_SECRET = "cli-test-signing-secret";
    const hook = await run(
      "channels",
      "create",
      "--name",
      "pager",
      "--kind",
      "webhook",
      "--url",
      "https://hooks.example.com/T0KEN",
      "--secret-env",
      "CLI_TEST_HOOK_SECRET",
    );
    expect(hook.stderr).toBe("");
    expect(hook.stdout).toMatch(/^Alert channel pager \([0-9a-f-]{36}\) created\.\n$/);
    const mail = await run(
      "channels",
      "create",
      "--name",
      "fin",
      "--kind",
      "email",
      "--recipients",
      "a@example.com,b@example.com",
    );
    expect(mail.status).toBe(0);
    const channels = await run("channels", "list");
    expect(channels.stdout).toContain("hooks.example.com");
    expect(channels.stdout).toContain("a@example.com, b@example.com");
    expect(channels.stdout).not.toContain("T0KEN");
    expect(channels.stdout).not.toContain("cli-test-signing-secret");

    const rule = await run(
      "rules",
      "create",
      "--name",
      "ML unpriced",
      "--kind",
      "unpriced",
      "--team",
      "ml",
      "--channels",
      "pager,fin",
    );
    // Only the status: pg's deprecation warning about queued queries may land on stderr here.
    expect(rule.status).toBe(0);
    const id = /\(([0-9a-f-]{36})\)/.exec(rule.stdout)?.[1] as string;
    expect((await run("rules", "mute", id, "--until", "2026-12-24")).stdout).toBe(
      `Alert rule ${id} muted until 2026-12-24T00:00:00.000Z.\n`,
    );
    const list = await run("rules", "list");
    expect(list.stdout).toMatch(/ML unpriced\s+unpriced\s+ml\s+fin, pager\s+2026-12-24T00:00:00.000Z/);
    expect((await run("rules", "unmute", id)).status).toBe(0);
    expect((await run("history")).stdout).toBe("No alerts yet.\n");
  });

  it("names the flag or the missing object in errors, and writes nothing", async () => {
    const noSecret = await run(
      "channels",
      "create",
      "--name",
      "x",
      "--kind",
      "webhook",
      "--url",
      "https://h.example.com/x",
    );
    expect(noSecret.status).toBe(1);
    expect(noSecret.stderr).toContain(
      "--secret-env: name an environment variable holding the signing secret",
    );
    const noThreshold = await run(
      "rules",
      "create",
      "--name",
      "b",
      "--kind",
      "budget_actual",
      "--channels",
      "fin",
    );
    expect(noThreshold.stderr).toContain("--threshold: required for a budget_actual rule");
    const noChannel = await run(
      "rules",
      "create",
      "--name",
      "a",
      "--kind",
      "anomaly",
      "--channels",
      "nowhere",
    );
    expect(noChannel.stderr).toContain('channels: no alert channel "nowhere"');
    expect((await run("rules", "list")).stdout).not.toMatch(/^(a|b)\s/m);
  });
});
