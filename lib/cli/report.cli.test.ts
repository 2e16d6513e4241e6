import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as mupdf from "mupdf";
import { beforeAll, describe, expect, it } from "vitest";
import { validateFocusHeader, validateFocusRow } from "../costing/reports/focus/validate-focus";
import { Dec, sum } from "../pricing/decimal";
import { parseCsv } from "../testing/parse-csv";
import { runTierscope } from "../testing/run-tierscope";
import { seedThroughExec } from "../testing/seed-through-exec";
import { temporaryDataDir } from "../testing/temporary-data-dir";

// One embedded database for the file with hand-made March 2026 facts, written in plain SQL through
// `tierscope exec`: team ML Research's prod/train (a volume, an unpriced IOPS component, a snapshot),
// prod/ops with no team (an estimate), a released volume whose claim was in prod/train, a fact in EUR.
// Each priced fact's quantity is what its cost buys at $0.08 per GiB-month for 24 of March's 744 h
// (cost × 387.5 GiB), so FOCUS's unit price × quantity is its cost.
const dataDir = temporaryDataDir("tierscope-report-cli-");
const SEED = `
  const org = await one("INSERT INTO organization (id, slug, name) VALUES (gen_random_uuid(), 'acme', 'Acme') RETURNING id");
  const cluster = await one("INSERT INTO cluster (id, org_id, name, provider, region) VALUES (gen_random_uuid(), $1, 'prod', 'aws', 'us-east-1') RETURNING id", [org]);
  const team = await one("INSERT INTO team (id, org_id, slug, name, cost_centre) VALUES (gen_random_uuid(), $1, 'ml', 'ML Research', 'CC-1') RETURNING id", [org]);
  await db.query("INSERT INTO namespace (cluster_id, name, team_id, first_seen_at, last_seen_at) VALUES ($1, 'train', $2, now(), now()), ($1, 'ops', NULL, now(), now())", [cluster, team]);
  const fact = (kind, uid, day, component, status, allocation, namespace, owner, cost, currency = 'USD', category = 'block') => db.query(
    "INSERT INTO cost_fact (cluster_id, first_day, last_day, resource_kind, resource_uid, component, status, allocation, namespace, likely_owner_namespace, storage_class_name, quantity, unit, hours, unit_price, cost, currency, category, detail, computed_at) VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, 'gp3', coalesce($10::numeric * 387.5, 100), 'GiB_month', 24, 0.08, $10, $11, $12, '{}', now())",
    [cluster, day, kind, uid, component, status, allocation, namespace, owner, cost, currency, category]);
  await fact('PersistentVolume', 'a', '2026-03-01', 'capacity', 'priced', 'allocated', 'train', null, '10.125');
  await fact('PersistentVolume', 'a', '2026-03-31', 'capacity', 'priced', 'allocated', 'train', null, '0.0049');
  await fact('PersistentVolume', 'a', '2026-03-31', 'iops', 'unpriced', 'allocated', 'train', null, null);
  await fact('VolumeSnapshotContent', 's1', '2026-03-10', 'snapshot_standard', 'estimated', 'allocated', 'train', null, '0.5', 'USD', 'snapshot');
  await fact('PersistentVolume', 'b', '2026-03-15', 'capacity', 'estimated', 'allocated', 'ops', null, '2.5');
  await fact('PersistentVolume', 'c', '2026-03-20', 'capacity', 'priced', 'unallocated', null, 'train', '1.33333');
  await fact('PersistentVolume', 'e', '2026-03-02', 'capacity', 'priced', 'allocated', 'ops', null, '7.77', 'EUR');
`;

beforeAll(async () => {
  const result = await seedThroughExec(dataDir, SEED);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}, 300_000);

describe("tierscope report", () => {
  it("refuses an open month with what to do, and labels a preliminary report", async () => {
    const open = await runTierscope(["report", "--month", "2026-03"], dataDir);
    expect(open.status).toBe(1);
    expect(open.stderr.trim()).toBe(
      "tierscope: month 2026-03 is not closed: close it first (tierscope close-month 2026-03), or ask for a preliminary report",
    );
    const preliminary = await runTierscope(["report", "--month", "2026-03", "--preliminary"], dataDir);
    expect(preliminary.status).toBe(0);
    expect(new Set(parseCsv(preliminary.stdout).map((r) => r.status))).toEqual(new Set(["preliminary"]));

    const bad = await runTierscope(["report", "--month", "2026-13"], dataDir);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("tierscope: --month: a month written YYYY-MM");
  });

  it("prints a closed month's CSV to stdout, to the cent, adding up", async () => {
    const close = await runTierscope(
      ["close-month", "2026-03", "--reason", "month checked by the test"],
      dataDir,
    );
    expect(close.status).toBe(0);
    const result = await runTierscope(
      ["report", "--month", "2026-03", "--by", "team", "--format", "csv"],
      dataDir,
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    // Exact: train 10.1299 + 0.5 snapshot, ops 2.5, unallocated 1.33333 = 14.46323 → 14.46. Cut to
    // cents they make 14.45; the missing cent goes to the largest remainder, train's 0.0099.
    expect(result.stdout.trim().split("\n").slice(1)).toEqual([
      "namespace,2026-03,closed,team,ml,ML Research,prod,train,,USD,10.13,0.50,10.63,0.50,1,partial",
      "group-total,2026-03,closed,team,ml,ML Research,,,,USD,10.13,0.50,10.63,0.50,1,partial",
      "namespace,2026-03,closed,team,(no team),No team,prod,ops,,USD,2.50,0.00,2.50,2.50,0,priced",
      "group-total,2026-03,closed,team,(no team),No team,,,,USD,2.50,0.00,2.50,2.50,0,priced",
      "unallocated,2026-03,closed,team,(unallocated),Unallocated,prod,train,ML Research,USD,1.33,0.00,1.33,0.00,0,priced",
      "unallocated-total,2026-03,closed,team,(unallocated),Unallocated,,,,USD,1.33,0.00,1.33,0.00,0,priced",
      "total,2026-03,closed,team,,,,,,USD,13.96,0.50,14.46,3.00,1,partial",
      "other-currency,2026-03,closed,team,,,,,,EUR,,,7.77,,",
    ]);
    const byCentre = await runTierscope(["report", "--month", "2026-03", "--by", "cost-centre"], dataDir);
    expect(parseCsv(byCentre.stdout).find((r) => r.row_type === "group-total")).toMatchObject({
      group_key: "CC-1",
      total: "10.63",
    });
  });

  it("writes FOCUS and PDF files with --out, and says what it wrote", async () => {
    const focusFile = path.join(dataDir, "march.focus.csv");
    const focus = await runTierscope(
      ["report", "--month", "2026-03", "--format", "focus", "--out", focusFile],
      dataDir,
    );
    expect(focus.status).toBe(0);
    expect(focus.stdout).toBe("");
    expect(focus.stderr.trim()).toBe(
      `Wrote the closed chargeback of 2026-03 by team to ${focusFile}: total $14.46, reconciled with the fleet total.`,
    );
    const rows = parseCsv(readFileSync(focusFile, "utf8"));
    expect(validateFocusHeader(Object.keys(rows[0] ?? {}))).toEqual([]);
    for (const row of rows) expect(validateFocusRow(row)).toEqual([]);
    // Six priced facts (the unpriced IOPS day has no cost to bill), the EUR one in its own currency.
    expect(rows).toHaveLength(6);
    const usd = rows.filter((r) => r.BillingCurrency === "USD");
    expect(sum(usd.map((r) => new Dec(r.BilledCost ?? ""))).toFixed()).toBe("14.46323");
    expect(rows.filter((r) => r.BillingCurrency === "EUR").map((r) => r.BilledCost)).toEqual(["7.77"]);
    expect(rows.find((r) => r.ResourceType === "VolumeSnapshotContent")).toMatchObject({
      ServiceSubcategory: "Backup Storage",
      x_CostStatus: "estimated",
    });

    const pdfFile = path.join(dataDir, "march.pdf");
    const pdf = await runTierscope(
      ["report", "--month", "2026-03", "--format", "pdf", "--out", pdfFile],
      dataDir,
    );
    expect(pdf.status).toBe(0);
    const document = mupdf.Document.openDocument(readFileSync(pdfFile), "application/pdf");
    expect(document.countPages()).toBe(4);
    expect(document.loadPage(0).toStructuredText("preserve-whitespace").asText()).toContain("$14.46");

    const missing = path.join(dataDir, "no-such-dir", "x.csv");
    const failed = await runTierscope(["report", "--month", "2026-03", "--out", missing], dataDir);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^tierscope: ENOENT/);
    expect(existsSync(missing)).toBe(false);
  });
});
