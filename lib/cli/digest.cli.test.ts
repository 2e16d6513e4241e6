import { beforeAll, describe, expect, it } from "vitest";
import { runTierscope } from "../testing/run-tierscope";
import { seedThroughExec } from "../testing/seed-through-exec";
import { temporaryDataDir } from "../testing/temporary-data-dir";

// Team ml owns prod/train, which costs $10.125 a day from 2026-03-02 (a Monday) to 2026-03-08: the
// week's digest says 7 × 10.125 = $70.875, shown as $70.88. One weekly UTC subscription.
const dataDir = temporaryDataDir("tierscope-digest-cli-");
const SEED = `
  const org = await one("INSERT INTO organization (id, slug, name) VALUES (gen_random_uuid(), 'acme', 'Acme') RETURNING id");
  const cluster = await one("INSERT INTO cluster (id, org_id, name, provider) VALUES (gen_random_uuid(), $1, 'prod', 'aws') RETURNING id", [org]);
  const team = await one("INSERT INTO team (id, org_id, slug, name) VALUES (gen_random_uuid(), $1, 'ml', 'ML') RETURNING id", [org]);
  await db.query("INSERT INTO namespace (cluster_id, name, team_id, first_seen_at, last_seen_at) VALUES ($1, 'train', $2, now(), now())", [cluster, team]);
  for (let day = 2; day <= 8; day++) {
    await db.query(
      "INSERT INTO cost_fact (cluster_id, first_day, last_day, resource_kind, resource_uid, component, status, allocation, namespace, storage_class_name, quantity, unit, hours, unit_price, cost, currency, category, detail, computed_at) VALUES ($1, $2, $2, 'PersistentVolume', 'vol-a', 'capacity', 'priced', 'allocated', 'train', 'gp3', 100, 'GB_month', 24, 0.08, '10.125', 'USD', 'block', '{}', now())",
      [cluster, '2026-03-0' + day]);
  }
  await db.query("INSERT INTO digest_subscription (id, team_id, recipients, cadence, time_zone, created_at, updated_at) VALUES (gen_random_uuid(), $1, ARRAY['lead@example.com'], 'weekly', 'UTC', now(), now())", [team]);
`;

beforeAll(async () => {
  const result = await seedThroughExec(dataDir, SEED);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}, 300_000);

describe("tierscope digest", () => {
  it("previews a past week's digest with its figures, without sending it", async () => {
    const result = await runTierscope(
      ["digest", "preview", "--team", "ml", "--period-start", "2026-03-02"],
      dataDir,
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "To: lead@example.com\nSubject: Tierscope: Storage costs of ML (team ml), 2026-03-02 to 2026-03-08",
    );
    expect(result.stdout).toContain("$70.88 from 2026-03-02 to 2026-03-08");
    expect(result.stdout).toContain(
      "- vol-a (PersistentVolume, gp3, prod/train): $70.88 (100.0 % of the total)",
    );
    // vol-a is only a cost fact (no volume in the inventory), and prod has no GPU pods: both sections say so.
    expect(result.stdout).toContain("OPEN RECOMMENDATIONS\nNo open recommendations in these namespaces.");
    expect(result.stdout).toContain("GPU IDLE COST\nNo GPU workloads from 2026-03-02 to 2026-03-08.");
  });

  it("sends now without SMTP by rendering and logging the digest", async () => {
    const result = await runTierscope(
      ["digest", "send", "--team", "ml", "--now", "--period-start", "2026-03-02"],
      dataDir,
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Rendered and logged ml (weekly, 2026-03-02 to 2026-03-08): no SMTP configured",
    );
  });

  it("answers bad requests with one line naming what is wrong", async () => {
    const cases: [string[], string][] = [
      [["digest", "send", "--team", "ml"], "tierscope: add --now to send outside the schedule"],
      [["digest", "preview", "--team", "nobody"], 'tierscope: no digest subscription for team "nobody"'],
      [
        ["digest", "preview", "--team", "ml", "--period-start", "2026-03-03"],
        "tierscope: periodStart: 2026-03-03 is not a Monday (a weekly period's first day)",
      ],
      [
        ["digest", "send", "--team", "ml", "--now", "--period-start", "2099-01-05"],
        "tierscope: periodStart: the weekly period 2099-01-05 to 2099-01-11 has not ended yet in UTC",
      ],
      [
        ["digest", "preview", "--namespace", "train"],
        "tierscope: option '--namespace <cluster/namespace>' argument 'train' is invalid. Expected CLUSTER/NAMESPACE.",
      ],
    ];
    for (const [args, message] of cases) {
      const result = await runTierscope(args, dataDir);
      expect(result.status, args.join(" ")).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(message);
    }
  });
});
