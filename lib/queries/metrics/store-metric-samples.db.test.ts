import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeSamples } from "../../ingest/metrics/normalize-samples";
import { PrometheusClient } from "../../ingest/metrics/prometheus-client";
import { buildPrometheusQueries } from "../../ingest/metrics/prometheus-queries";
import { readMetricFiles } from "../../ingest/metrics/read-metric-files";
import type { SourceRecord } from "../../ingest/metrics/source-record";
import { InvalidMetricRecordError, MetricInputError } from "../../ingest/metrics/source-record";
import { createCluster, createOrganization } from "../../testing/factories";
import { startFakePrometheus } from "../../testing/fake-prometheus-server";
import { temporaryDataDir } from "../../testing/temporary-data-dir";
import { setUpTestDatabase } from "../../testing/test-database";
import { storeMetricSamples } from "./store-metric-samples";

const { db } = setUpTestDatabase();

const T0 = Date.UTC(2026, 2, 1, 12);
const ms = (seconds: number) => T0 + seconds * 1000;

function files(contents: Record<string, string>): string[] {
  const dir = temporaryDataDir("tierscope-metrics-");
  return Object.entries(contents).map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}

async function cluster(name = "prod") {
  const org = await createOrganization(db);
  return createCluster(db, org.id, { name, provider: "aws", region: "us-east-1" });
}

function importFiles(
  clusterId: string,
  paths: string[],
  options: { atMs?: number; skipInvalid?: boolean; batchSize?: number } = {},
) {
  return storeMetricSamples(db, {
    clusterId,
    events: normalizeSamples(readMetricFiles(paths, { atMs: options.atMs })),
    skipInvalid: options.skipInvalid,
    batchSize: options.batchSize,
  });
}

const counts = async () => ({
  series: await db.metricSeries.count(),
  samples: await db.metricSample.count(),
});

// Two scrapes of one node: kubelet volume stats, dcgm-exporter (both utilisation fields), node PSI.
const SCRAPE = (t: number, psi: number) => `# TYPE kubelet_volume_stats_used_bytes gauge
kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="train-data",node="gpu-1"} 4.0e+10 ${ms(t)}
kubelet_volume_stats_capacity_bytes{namespace="ml",persistentvolumeclaim="train-data",node="gpu-1"} 1.073741824e+11 ${ms(t)}
DCGM_FI_DEV_GPU_UTIL{gpu="0",UUID="GPU-aa",Hostname="gpu-1",modelName="NVIDIA H100 80GB HBM3",namespace="ml",pod="train-0",container="main"} 38 ${ms(t)}
DCGM_FI_PROF_GR_ENGINE_ACTIVE{gpu="0",UUID="GPU-aa",Hostname="gpu-1",namespace="ml",pod="train-0",container="main"} 0.351 ${ms(t)}
node_pressure_io_waiting_seconds_total{instance="gpu-1:9100"} ${psi} ${ms(t)}
go_goroutines 57 ${ms(t)}
`;

describe("storeMetricSamples", () => {
  it("stores each sample once however often the same file is imported", async () => {
    const { id } = await cluster();
    const [file] = files({ "scrape.prom": SCRAPE(0, 100) + SCRAPE(60, 130) }) as [string];

    const first = await importFiles(id, [file]);
    expect(first.series).toEqual({ new: 5, existing: 0 });
    // 2 scrapes x 4 gauges, plus 1 PSI rate (the first PSI sample is its baseline).
    expect(first.samples).toEqual({ new: 9, duplicate: 0, skipped: 1 });
    expect(first.skipped["counter-baseline"]).toBe(1);
    expect(first.ignored).toEqual({
      samples: 2,
      metricCount: 1,
      metrics: [{ name: "go_goroutines", samples: 2 }],
    });
    expect(await counts()).toEqual({ series: 5, samples: 9 });

    const second = await importFiles(id, [file]);
    expect(second.series).toEqual({ new: 0, existing: 5 });
    expect(second.samples).toEqual({ new: 0, duplicate: 9, skipped: 1 });
    expect(await counts()).toEqual({ series: 5, samples: 9 });
  });

  it("stores the values in Tierscope's units, on series that keep their labels", async () => {
    const { id } = await cluster();
    await importFiles(id, files({ "scrape.prom": SCRAPE(0, 100) + SCRAPE(60, 130) }));
    const series = await db.metricSeries.findMany({
      orderBy: [{ metric: "asc" }, { seriesKey: "asc" }],
      include: { samples: { orderBy: { at: "asc" } } },
    });
    expect(
      series.map((s) => [
        s.metric,
        s.sourceMetric,
        s.seriesKey,
        s.samples.map((x) => [x.at.getTime(), x.value]),
      ]),
    ).toEqual([
      [
        "volume_used_bytes",
        "kubelet_volume_stats_used_bytes",
        'kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="train-data"}',
        [
          [ms(0), 4e10],
          [ms(60), 4e10],
        ],
      ],
      [
        "volume_capacity_bytes",
        "kubelet_volume_stats_capacity_bytes",
        'kubelet_volume_stats_capacity_bytes{namespace="ml",persistentvolumeclaim="train-data"}',
        [
          [ms(0), 107374182400],
          [ms(60), 107374182400],
        ],
      ],
      [
        "gpu_utilization_ratio",
        "DCGM_FI_DEV_GPU_UTIL",
        'DCGM_FI_DEV_GPU_UTIL{container="main",gpu="GPU-aa",namespace="ml",pod="train-0"}',
        [
          [ms(0), 0.38],
          [ms(60), 0.38],
        ],
      ],
      [
        "gpu_utilization_ratio",
        "DCGM_FI_PROF_GR_ENGINE_ACTIVE",
        'DCGM_FI_PROF_GR_ENGINE_ACTIVE{container="main",gpu="GPU-aa",namespace="ml",pod="train-0"}',
        [
          [ms(0), 0.351],
          [ms(60), 0.351],
        ],
      ],
      [
        "io_pressure_ratio",
        "node_pressure_io_waiting_seconds_total",
        'node_pressure_io_waiting_seconds_total{node="gpu-1"}',
        [[ms(60), 0.5]],
      ],
    ]);
    const gpu = series.find((s) => s.sourceMetric === "DCGM_FI_DEV_GPU_UTIL");
    expect(gpu).toMatchObject({
      namespace: "ml",
      pod: "train-0",
      node: "gpu-1",
      gpu: "GPU-aa",
      persistentVolumeClaim: null,
    });
    expect(gpu?.labels).toMatchObject({ modelName: "NVIDIA H100 80GB HBM3", gpu: "0" });
    expect(series[0]).toMatchObject({ namespace: "ml", persistentVolumeClaim: "train-data", node: "gpu-1" });
  });

  it("finds the same series from a scrape, a saved query_range response and a CSV", async () => {
    const { id } = await cluster();
    await importFiles(
      id,
      files({
        "a.prom": `kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d"} 1 ${ms(0)}\n`,
      }),
    );
    const json = JSON.stringify({
      status: "success",
      data: {
        resultType: "matrix",
        result: [
          {
            metric: {
              __name__: "kubelet_volume_stats_used_bytes",
              exported_namespace: "ml",
              exported_persistentvolumeclaim: "d",
              namespace: "monitoring",
            },
            values: [
              [ms(0) / 1000, "1"],
              [ms(60) / 1000, "2"],
            ],
          },
        ],
      },
    });
    const fromJson = await importFiles(id, files({ "b.json": json }));
    expect(fromJson.series).toEqual({ new: 0, existing: 1 });
    expect(fromJson.samples).toMatchObject({ new: 1, duplicate: 1 });
    const csv = `timestamp,metric,namespace,persistentvolumeclaim,value\n${ms(120) / 1000},kubelet_volume_stats_used_bytes,ml,d,3\n`;
    const fromCsv = await importFiles(id, files({ "c.csv": csv }));
    expect(fromCsv.series).toEqual({ new: 0, existing: 1 });
    expect(await counts()).toEqual({ series: 1, samples: 3 });
  });

  it("writes nothing when a file has an invalid line, even after earlier batches were written", async () => {
    const { id } = await cluster();
    const good = Array.from(
      { length: 30 },
      (_, i) => `DCGM_FI_DEV_GPU_UTIL{UUID="GPU-aa",pod="p"} 50 ${ms(i)}`,
    );
    const bad = [
      ...good.slice(0, 20),
      'DCGM_FI_DEV_GPU_UTIL{UUID="GPU-aa",pod="p"} fifty 1772366400000',
      ...good.slice(20),
    ];
    const [file] = files({ "gpu.prom": bad.join("\n") }) as [string];
    const attempt = importFiles(id, [file], { batchSize: 5 });
    await expect(attempt).rejects.toThrow(InvalidMetricRecordError);
    await expect(importFiles(id, [file], { batchSize: 5 })).rejects.toThrow(
      `${file}:21: DCGM_FI_DEV_GPU_UTIL: value: "fifty" is not a number`,
    );
    expect(await counts()).toEqual({ series: 0, samples: 0 });
  });

  it("writes nothing when a saved response turns out to be Prometheus's error", async () => {
    const { id } = await cluster();
    const paths = files({
      "ok.prom": `kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d"} 1 ${ms(0)}\n`,
      "error.json":
        '{"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"}',
    });
    await expect(importFiles(id, paths)).rejects.toThrow(MetricInputError);
    expect(await counts()).toEqual({ series: 0, samples: 0 });
  });

  it("with skipInvalid, stores the valid lines and reports each invalid one with its reason", async () => {
    const { id } = await cluster();
    const [file] = files({
      "mixed.prom": [
        `kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d"} 10 ${ms(0)}`,
        `kubelet_volume_stats_used_bytes{namespace="ml"} 10 ${ms(0)}`,
        `kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d" 10 ${ms(60)}`,
        `kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d"} NaN ${ms(60)}`,
        `kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d"} 20 ${ms(120)}`,
      ].join("\n"),
    }) as [string];
    const totals = await importFiles(id, [file], { skipInvalid: true });
    expect(totals.samples).toEqual({ new: 2, duplicate: 0, skipped: 3 });
    expect(totals.skipped).toMatchObject({ invalid: 2, "non-finite": 1 });
    expect(totals.invalid).toEqual({
      count: 2,
      listed: [
        `${file}:2: kubelet_volume_stats_used_bytes: label persistentvolumeclaim: missing or empty (accepted: exported_persistentvolumeclaim, persistentvolumeclaim)`,
        `${file}:3: kubelet_volume_stats_used_bytes: labels: expected "," or "}" at column 74`,
      ],
    });
    expect(totals.byMetric).toEqual([
      {
        metric: "volume_used_bytes",
        series: { new: 1, existing: 0 },
        samples: { new: 2, duplicate: 0, skipped: 3 },
      },
    ]);
    expect(await counts()).toEqual({ series: 1, samples: 2 });
  });

  it("computes counter rates across files given in time order, through a reset", async () => {
    const { id } = await cluster();
    const scrape = (t: number, v: number) =>
      `container_fs_writes_bytes_total{namespace="ml",pod="train-0",container="main",device="/dev/nvme1n1"} ${v} ${ms(t)}\n`;
    const paths = files({
      "t0.prom": scrape(0, 1000),
      "t1.prom": scrape(10, 6000),
      "t2.prom": scrape(20, 500),
    });
    const totals = await importFiles(id, paths);
    expect(totals.samples).toEqual({ new: 2, duplicate: 0, skipped: 1 });
    const samples = await db.metricSample.findMany({ orderBy: { at: "asc" } });
    // 5,000 bytes in 10 s; then a reset: 500 bytes written since, over 10 s.
    expect(samples.map((s) => [s.at.getTime(), s.value])).toEqual([
      [ms(10), 500],
      [ms(20), 50],
    ]);
  });

  it("stores a sample repeated within one batch once, counted as a duplicate", async () => {
    const { id } = await cluster();
    const line = `kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d"} 1 ${ms(0)}\n`;
    const totals = await importFiles(id, files({ "twice.prom": line + line }));
    expect(totals.samples).toEqual({ new: 1, duplicate: 1, skipped: 0 });
    expect(await counts()).toEqual({ series: 1, samples: 1 });
  });

  it("keeps clusters apart: the same series in two clusters is two series", async () => {
    const a = await cluster("a");
    const org = await createOrganization(db);
    const b = await createCluster(db, org.id, { name: "b", provider: "gcp" });
    const paths = files({
      "x.prom": `kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d"} 1 ${ms(0)}\n`,
    });
    await importFiles(a.id, paths);
    const second = await importFiles(b.id, paths);
    expect(second.series).toEqual({ new: 1, existing: 0 });
    expect(second.samples.new).toBe(1);
    expect(await counts()).toEqual({ series: 2, samples: 2 });
  });

  it("gives a scrape without timestamps the --at time", async () => {
    const { id } = await cluster();
    const at = Date.UTC(2026, 2, 3, 8, 30);
    await importFiles(
      id,
      files({ "now.prom": 'kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="d"} 5\n' }),
      { atMs: at },
    );
    const [sample] = await db.metricSample.findMany();
    expect(sample?.at.getTime()).toBe(at);
  });

  it("imports from Prometheus, and a later overlapping window stores only the points it adds", async () => {
    const { id } = await cluster();
    const server = await startFakePrometheus({
      series: {
        DCGM_FI_PROF_GR_ENGINE_ACTIVE: [
          {
            metric: {
              __name__: "DCGM_FI_PROF_GR_ENGINE_ACTIVE",
              UUID: "GPU-aa",
              exported_pod: "train-0",
              exported_namespace: "ml",
              pod: "dcgm-x",
            },
            value: () => "0.5",
          },
        ],
        "rate(container_pressure_io_waiting_seconds_total[300s])": [
          { metric: { namespace: "ml", pod: "train-0", container: "main" }, value: () => "0.4" },
          { metric: { id: "/system.slice/containerd.service" }, value: () => "0.01" },
        ],
      },
    });
    try {
      const client = new PrometheusClient({ url: server.url, fetch });
      const queries = buildPrometheusQueries({ stepMs: 60_000 });
      async function* records(startMs: number, endMs: number): AsyncGenerator<SourceRecord> {
        for (const query of queries) yield* client.queryRange(query, { startMs, endMs, stepMs: 60_000 });
      }
      const first = await storeMetricSamples(db, {
        clusterId: id,
        events: normalizeSamples(records(ms(0), ms(600))),
      });
      expect(first.samples).toEqual({ new: 22, duplicate: 0, skipped: 11 });
      expect(first.skipped["no-pod"]).toBe(11);
      const later = await storeMetricSamples(db, {
        clusterId: id,
        events: normalizeSamples(records(ms(300), ms(900))),
      });
      expect(later.series).toEqual({ new: 0, existing: 2 });
      expect(later.samples).toMatchObject({ new: 10, duplicate: 12 });
      const pressure = await db.metricSeries.findFirstOrThrow({
        where: { metric: "io_pressure_ratio" },
        include: { samples: true },
      });
      expect(pressure).toMatchObject({
        namespace: "ml",
        pod: "train-0",
        sourceMetric: "container_pressure_io_waiting_seconds_total",
      });
      expect(new Set(pressure.samples.map((x) => x.value))).toEqual(new Set([0.4]));
      const gpu = await db.metricSeries.findFirstOrThrow({ where: { metric: "gpu_utilization_ratio" } });
      expect(gpu).toMatchObject({ pod: "train-0", namespace: "ml", gpu: "GPU-aa" });
    } finally {
      await server.close();
    }
  });
});
