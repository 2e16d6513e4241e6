import { beforeAll, describe, expect, it } from "vitest";
import { runTierscope } from "../testing/run-tierscope";
import { seedThroughExec } from "../testing/seed-through-exec";
import { temporaryDataDir } from "../testing/temporary-data-dir";

// One embedded database for the file, with hand-made facts written through `tierscope exec` in plain
// SQL: a team's namespace, a namespace with no team, a released volume with a likely owner, an
// unpriced component and a fact priced in euros.
const dataDir = temporaryDataDir("tierscope-costs-cli-");
const SEED = `
  const org = await one("INSERT INTO organization (id, slug, name) VALUES (gen_random_uuid(), 'acme', 'Acme') RETURNING id");
  const cluster = await one("INSERT INTO cluster (id, org_id, name, provider) VALUES (gen_random_uuid(), $1, 'prod', 'aws') RETURNING id", [org]);
  const team = await one("INSERT INTO team (id, org_id, slug, name, cost_centre) VALUES (gen_random_uuid(), $1, 'ml', 'ML Research', 'CC-1') RETURNING id", [org]);
  await db.query("INSERT INTO namespace (cluster_id, name, team_id, first_seen_at, last_seen_at) VALUES ($1, 'train', $2, now(), now()), ($1, 'ops', NULL, now(), now())", [cluster, team]);
  const fact = (uid, day, component, status, allocation, namespace, owner, cost, currency = 'USD') => db.query(
    "INSERT INTO cost_fact (cluster_id, first_day, last_day, resource_kind, resource_uid, component, status, allocation, namespace, likely_owner_namespace, storage_class_name, quantity, unit, hours, unit_price, cost, currency, category, detail, computed_at) VALUES ($1, $2, $2, 'PersistentVolume', $3, $4, $5, $6, $7, $8, 'gp3', 100, 'GB_month', 24, 0.08, $9, $10, 'block', '{}', now())",
    [cluster, day, uid, component, status, allocation, namespace, owner, cost, currency]);
  await fact('a', '2026-03-01', 'capacity', 'priced', 'allocated', 'train', null, '10.125');
  await fact('a', '2026-03-31', 'capacity', 'priced', 'allocated', 'train', null, '0.0049');
  await fact('a', '2026-03-31', 'iops', 'unpriced', 'allocated', 'train', null, null);
  await fact('b', '2026-03-15', 'capacity', 'estimated', 'allocated', 'ops', null, '2.5');
  await fact('c', '2026-03-20', 'capacity', 'priced', 'unallocated', null, 'train', '1.33333');
  await fact('a', '2026-02-20', 'capacity', 'priced', 'allocated', 'train', null, '5');
  await fact('e', '2026-03-02', 'capacity', 'priced', 'allocated', 'ops', null, '7.77', 'EUR');
`;

beforeAll(async () => {
  const result = await seedThroughExec(dataDir, SEED);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}, 300_000);

describe("tierscope costs", () => {
  it("prints a month by team to the cent, with unallocated, unpriced and other currencies said", async () => {
    const result = await runTierscope(["costs", "--month", "2026-03", "--by", "team"], dataDir);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Storage costs 2026-03-01 … 2026-03-31 (31 days) by team, in USD");
    expect(result.stdout).toMatch(
      /^ML Research\s+\$10\.13 \(partial: 1 resource-day unpriced\)\s+\$10\.13\s+\$0\.00\s+\$0\.00\s+1\s+\+102\.6%$/m,
    );
    expect(result.stdout).toMatch(/^No team\s+\$2\.50\s+\$2\.50\s+\$0\.00\s+\$2\.50\s+0\s+new/m);
    expect(result.stdout).toMatch(/^Unallocated\s+\$1\.33\s+\$0\.00\s+\$1\.33\s+\$0\.00\s+0/m);
    expect(result.stdout).toMatch(
      /^TOTAL\s+\$13\.96 \(partial: 1 resource-day unpriced\)\s+\$12\.63\s+\$1\.33\s+\$2\.50\s+1\s+/m,
    );
    expect(result.stdout).toContain("prod/train (ML Research): $1.33 over 1 resource-days");
    expect(result.stdout).toContain("Unpriced: 1 resource-days have components with no known price");
    expect(result.stdout).toContain("Also in EUR: €7.77 over 1 facts, not added to USD; see --currency EUR.");
  });

  it("gives exact decimals in JSON and CSV", async () => {
    const json = await runTierscope(
      ["costs", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "json"],
      dataDir,
    );
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as {
      currency: string;
      totals: { total: string; unpricedResourceDays: number };
      groups: { key: string; total: string }[];
    };
    expect(report.currency).toBe("USD");
    expect(report.totals).toMatchObject({ total: "13.96323", unpricedResourceDays: 1 });
    expect(report.groups.map((g) => [g.key, g.total])).toEqual([
      ["prod/train", "10.1299"],
      ["prod/ops", "2.5"],
      ["(unallocated)", "1.33333"],
    ]);

    const csv = await runTierscope(
      ["costs", "--month", "2026-03", "--by", "cluster", "--format", "csv"],
      dataDir,
    );
    expect(csv.stdout.trim().split("\n")).toEqual([
      "from,to,group_by,group_key,group,cluster,currency,coverage,total,allocated,unallocated,estimated,unpriced_resource_days,included_resource_days,previous_total,change",
      "2026-03-01,2026-03-31,cluster,prod,prod,prod,USD,partial,13.96323,12.6299,1.33333,2.5,1,0,5,8.96323",
    ]);
    const eur = await runTierscope(
      ["costs", "--month", "2026-03", "--currency", "EUR", "--format", "csv"],
      dataDir,
    );
    expect(eur.stdout).toContain(",EUR,priced,7.77,");
  });

  it("says when a window has no costs, and refuses a bad window in one line", async () => {
    const empty = await runTierscope(["costs", "--month", "2025-01"], dataDir);
    expect(empty.status).toBe(0);
    expect(empty.stdout).toContain(
      "No costs computed for this window: costs exist from 2026-02-20 to 2026-03-31.",
    );
    const bad = await runTierscope(["costs", "--from", "2026-03-05", "--to", "2026-03-01"], dataDir);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("tierscope: --from: from is after to");
    const missing = await runTierscope(["costs", "--month", "2026-03", "--cluster", "nowhere"], dataDir);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^tierscope: No cluster named "nowhere"/);
  });
});
