import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

// One embedded database for the file: the cluster is created once, through `tierscope exec`, with
// plain SQL (an import needs an existing cluster and creates none).
const dataDir = temporaryDataDir("tierscope-data-access-cli-");
const PG = path.resolve(import.meta.dirname, "../../node_modules/pg");
const FIXTURES = path.resolve(import.meta.dirname, "../ingest/data-access/fixtures");
const CREATE_CLUSTER = `
const pg = require(${JSON.stringify(PG)});
(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const org = await client.query("INSERT INTO organization (id, slug, name) VALUES (gen_random_uuid(), 'acme', 'Acme') RETURNING id");
  await client.query("INSERT INTO cluster (id, org_id, name, provider, region) VALUES (gen_random_uuid(), $1, 'prod', 'aws', 'us-east-1')", [org.rows[0].id]);
  await client.end();
})().catch((error) => { console.error(error); process.exit(1); });`;

beforeAll(async () => {
  const result = await runTierscope(["exec", "--", process.execPath, "-e", CREATE_CLUSTER], dataDir);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});

describe("tierscope import data-access", () => {
  it("stores node mountstats and CloudWatch readings once: the same files again store nothing", async () => {
    const args = [
      "import",
      "data-access",
      "--cluster",
      "prod",
      "--mountstats",
      path.join(FIXTURES, "node-a-mountstats.prom"),
      "--node",
      "node-a",
      "--cloudwatch",
      path.join(FIXTURES, "efs-get-metric-data.json"),
      path.join(FIXTURES, "s3-request-metrics.json"),
      "--period",
      "43200",
      "--format",
      "json",
    ];
    const first = await runTierscope(args, dataDir);
    expect(first.stderr).toBe("");
    expect(JSON.parse(first.stdout)).toEqual({
      cluster: "prod",
      readings: 9,
      written: 9,
      earliest: "2026-11-10T00:00:00.000Z",
    });
    const again = await runTierscope(args, dataDir);
    expect(JSON.parse(again.stdout)).toMatchObject({ readings: 9, written: 0, earliest: null });
  });

  it("refuses CloudWatch output without its period, naming the option, and stores nothing", async () => {
    const result = await runTierscope(
      [
        "import",
        "data-access",
        "--cluster",
        "prod",
        "--cloudwatch",
        path.join(FIXTURES, "s3-request-metrics.json"),
      ],
      dataDir,
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/--period: required with --cloudwatch/);
  });
});
