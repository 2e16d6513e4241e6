import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakePrometheus, startFakePrometheus } from "../testing/fake-prometheus-server";
import { runTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

// One embedded database for the file: the cluster is created once, through `tierscope exec`, with
// plain SQL (import metrics needs an existing cluster and creates none).
const dataDir = temporaryDataDir("tierscope-metrics-cli-");
const PG = path.resolve(import.meta.dirname, "../../node_modules/pg");
const CREATE_CLUSTER = `
const pg = require(${JSON.stringify(PG)});
(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const org = await client.query("INSERT INTO organization (id, slug, name) VALUES (gen_random_uuid(), 'acme', 'Acme') RETURNING id");
  await client.query("INSERT INTO cluster (id, org_id, name, provider) VALUES (gen_random_uuid(), $1, 'prod', 'aws')", [org.rows[0].id]);
  await client.end();
})().catch((error) => { console.error(error); process.exit(1); });`;

let server: FakePrometheus | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

beforeAll(async () => {
  const result = await runTierscope(["exec", "--", process.execPath, "-e", CREATE_CLUSTER], dataDir);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});

function write(name: string, text: string): string {
  const file = path.join(dataDir, name);
  writeFileSync(file, text);
  return file;
}

const AT = "2026-03-01T12:00:00Z";
// A dcgm-exporter scrape as served, no timestamps: --at says when.
const DCGM_SCRAPE = `# HELP DCGM_FI_DEV_GPU_UTIL GPU utilization (in %).
# TYPE DCGM_FI_DEV_GPU_UTIL gauge
DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="GPU-5f1c",pci_bus_id="00000000:00:1E.0",device="nvidia0",modelName="Tesla T4",Hostname="ip-10-0-1-7",container="main",namespace="ml",pod="train-0"} 41
DCGM_FI_DEV_GPU_UTIL{gpu="1",UUID="GPU-77ab",pci_bus_id="00000000:00:1F.0",device="nvidia1",modelName="Tesla T4",Hostname="ip-10-0-1-7",container="",namespace="",pod=""} 0
# HELP DCGM_FI_DEV_GPU_TEMP GPU temperature (in C).
# TYPE DCGM_FI_DEV_GPU_TEMP gauge
DCGM_FI_DEV_GPU_TEMP{gpu="0",UUID="GPU-5f1c",Hostname="ip-10-0-1-7"} 48
`;

function json(stdout: string) {
  return JSON.parse(stdout) as {
    clusterName: string;
    series: { new: number; existing: number };
    samples: { new: number; duplicate: number; skipped: number };
    ignored: { samples: number };
    byMetric: { metric: string }[];
  };
}

describe("tierscope import metrics", () => {
  it("imports a scrape without timestamps at --at, once however often it is imported", async () => {
    const file = write("dcgm.prom", DCGM_SCRAPE);
    const args = ["import", "metrics", "--cluster", "prod", "--file", file, "--at", AT, "--format", "json"];
    const first = await runTierscope(args, dataDir);
    expect(first.stderr).not.toMatch(/^tierscope:/m);
    expect(first.status).toBe(0);
    expect(json(first.stdout)).toMatchObject({
      clusterName: "prod",
      series: { new: 2, existing: 0 },
      samples: { new: 2, duplicate: 0, skipped: 0 },
      ignored: { samples: 1 },
    });
    const second = await runTierscope(args, dataDir);
    expect(json(second.stdout)).toMatchObject({
      series: { new: 0, existing: 2 },
      samples: { new: 0, duplicate: 2, skipped: 0 },
    });
  });

  it("prints a table by metric by default", async () => {
    const file = write(
      "usage.csv",
      `timestamp,metric,namespace,persistentvolumeclaim,value\n${AT},kubelet_volume_stats_used_bytes,ml,data,1e9\n`,
    );
    const result = await runTierscope(["import", "metrics", "--cluster", "prod", "--file", file], dataDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Metrics for cluster prod from 1 file(s): 1 samples read");
    expect(result.stdout).toMatch(/^volume_used_bytes\s+1\s+0\s+1\s+0\s+0$/m);
  });

  it("fails on a bad line with one line naming file, line, metric and field, writing nothing", async () => {
    const file = write(
      "bad.prom",
      `kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="bad"} 1 1772366400000\nkubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="bad"} 1e 1772366460000\n`,
    );
    const result = await runTierscope(["import", "metrics", "--cluster", "prod", "--file", file], dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `tierscope: ${file}:2: kubelet_volume_stats_used_bytes: value: "1e" is not a number`,
    );
    const skipped = await runTierscope(
      ["import", "metrics", "--cluster", "prod", "--file", file, "--skip-invalid", "--format", "json"],
      dataDir,
    );
    expect(skipped.status).toBe(0);
    // The first line was not stored by the failed run: this run stores it as new.
    expect(json(skipped.stdout)).toMatchObject({ series: { new: 1 }, samples: { new: 1, skipped: 1 } });
  });

  it("imports from a Prometheus server's query_range API", async () => {
    const start = Date.parse(AT) / 1000;
    server = await startFakePrometheus({
      token: "t0ken",
      series: {
        kubelet_volume_stats_capacity_bytes: [
          {
            metric: {
              __name__: "kubelet_volume_stats_capacity_bytes",
              namespace: "ml",
              persistentvolumeclaim: "ckpt",
            },
            value: () => "107374182400",
          },
        ],
        "rate(node_pressure_io_waiting_seconds_total[300s])": [
          {
            metric: { instance: "ip-10-0-1-7:9100", job: "node-exporter" },
            value: (t) => String((t - start) / 3600),
          },
        ],
      },
    });
    const token = write("token", "t0ken\n");
    const args = [
      "import",
      "metrics",
      "--cluster",
      "prod",
      "--prometheus",
      server.url,
      "--bearer-token-file",
      token,
    ];
    const range = ["--from", AT, "--to", "2026-03-01T13:00:00Z", "--step", "5m", "--format", "json"];
    const result = await runTierscope([...args, ...range], dataDir);
    expect(result.stderr).not.toMatch(/^tierscope:/m);
    expect(result.status).toBe(0);
    expect(json(result.stdout)).toMatchObject({
      series: { new: 2, existing: 0 },
      samples: { new: 26, duplicate: 0, skipped: 0 },
      byMetric: [{ metric: "volume_capacity_bytes" }, { metric: "io_pressure_ratio" }],
    });
    expect(server.requests).toHaveLength(16);
    expect(server.requests.every((r) => r.authorization === "Bearer t0ken")).toBe(true);
  });

  it("says so when the cluster does not exist", async () => {
    const file = write("any.prom", DCGM_SCRAPE);
    const result = await runTierscope(
      ["import", "metrics", "--cluster", "nope", "--file", file, "--at", AT],
      dataDir,
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^tierscope: No cluster named "nope"/);
  });

  it("refuses contradictory or missing sources before touching the database", async () => {
    const both = await runTierscope(
      ["import", "metrics", "--cluster", "prod", "--prometheus", "http://x", "--file", "a"],
      dataDir,
    );
    expect(both.stderr.trim()).toBe("tierscope: give either --prometheus or --file, not both");
    const none = await runTierscope(["import", "metrics", "--cluster", "prod"], dataDir);
    expect(none.stderr.trim()).toBe("tierscope: give --prometheus URL or --file PATH...");
    const step = await runTierscope(
      ["import", "metrics", "--cluster", "prod", "--prometheus", "http://x", "--step", "soon"],
      dataDir,
    );
    expect(step.status).toBe(1);
    expect(step.stderr.trim()).toBe(
      "tierscope: option '--step <duration>' argument 'soon' is invalid. Expected a duration (30s, 5m, 1h) or seconds.",
    );
  });
});
