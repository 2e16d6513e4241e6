import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeKubeApi, kubeconfigFor, startFakeKubeApi } from "../testing/fake-kube-api-server";
import { type FakePrometheus, startFakePrometheus } from "../testing/fake-prometheus-server";
import { persistentVolume, persistentVolumeClaim } from "../testing/kube-objects";
import { freePort, runCollector } from "../testing/run-collector";
import { runTierscope, startTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

const TSX = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
const CREATE_TOKEN = path.resolve(import.meta.dirname, "../testing/create-collector-token.ts");
const FROM = "2026-03-01T12:00:00Z";
const TO = "2026-03-01T13:00:00Z";

/** Two series on a 5-minute grid over one hour: 13 samples each. */
function prometheusSeries() {
  const start = Date.parse(FROM) / 1000;
  return {
    kubelet_volume_stats_capacity_bytes: [
      {
        metric: {
          __name__: "kubelet_volume_stats_capacity_bytes",
          namespace: "ml",
          persistentvolumeclaim: "data",
        },
        value: () => "107374182400",
      },
    ],
    "rate(node_pressure_io_waiting_seconds_total[300s])": [
      {
        metric: { instance: "ip-10-0-1-7:9100", job: "node-exporter" },
        value: (t: number) => String((t - start) / 3600),
      },
    ],
  };
}

function lastJson(output: string) {
  return JSON.parse(output.slice(output.indexOf("{\n")));
}

let server: ChildProcess | undefined;
let api: FakeKubeApi | undefined;
let prometheus: FakePrometheus | undefined;
afterAll(async () => {
  server?.kill("SIGTERM");
  await api?.close();
  await prometheus?.close();
});

describe("a collector pushing its cluster's Prometheus metrics", () => {
  // A server and several commands start one after another: on a busy machine that takes minutes.
  it("stores the samples import metrics would store, once, and refuses another cluster's token", {
    timeout: 1_200_000,
  }, async () => {
    const work = temporaryDataDir("tierscope-collect-metrics-");
    const serverDir = temporaryDataDir("tierscope-collect-metrics-server-");
    api = await startFakeKubeApi({
      PersistentVolume: [persistentVolume("pv-data", { claim: ["ml", "data"] })],
      PersistentVolumeClaim: [persistentVolumeClaim("ml", "data")],
    });
    const kubeconfig = path.join(work, "eks-m.kubeconfig");
    writeFileSync(kubeconfig, kubeconfigFor(api));
    prometheus = await startFakePrometheus({ token: "pr0m", series: prometheusSeries() });
    const promToken = path.join(work, "prometheus.token");
    writeFileSync(promToken, "pr0m\n");

    const created = await runTierscope(["exec", "--", TSX, CREATE_TOKEN, "eks-m", "gke-n"], serverDir);
    expect(created.status, created.stderr).toBe(0);
    const [ownToken, foreignToken] = created.stdout.trim().split("\n").slice(-2) as [string, string];
    const tokenFile = path.join(work, "eks-m.token");
    writeFileSync(tokenFile, ownToken);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = await startTierscope(
      ["serve", "--port", String(port), "--host", "127.0.0.1", "--no-digest-worker"],
      serverDir,
      "Tierscope is ready",
    );
    server = started.child;
    const range = ["--from", FROM, "--to", TO, "--step", "5m"];
    const push = () =>
      runCollector(work, {
        server: url,
        tokenFile,
        cluster: "eks-m",
        kubeconfig,
        extra: ["--prometheus", prometheus?.url as string, "--bearer-token-file", promToken, ...range],
      }).done;

    const first = await push();
    expect(first.status, first.output).toBe(0);
    expect(lastJson(first.output).metrics).toMatchObject({
      series: { new: 2, existing: 0 },
      samples: { new: 26, duplicate: 0, skipped: 0 },
      byMetric: [{ metric: "volume_capacity_bytes" }, { metric: "io_pressure_ratio" }],
    });
    expect(prometheus.requests.every((r) => r.authorization === "Bearer pr0m")).toBe(true);

    // The same body again is recognised by its hash: nothing is stored twice.
    const again = await push();
    expect(again.status, again.output).toBe(0);
    const { metrics } = lastJson(again.output);
    expect(metrics.duplicateOf).toBe(lastJson(first.output).metrics.pushId);

    // Another cluster's collector token is refused for this cluster's metrics.
    const body = gzipSync("");
    const foreign = await fetch(`${url}/api/v1/clusters/eks-m/metrics`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${foreignToken}`,
        "content-encoding": "gzip",
        "x-tierscope-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      },
      body,
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toMatch(/cluster gke-n only, not eks-m/);

    server.kill("SIGTERM");
    await new Promise((resolve) => server?.once("exit", resolve));
    server = undefined;

    // What import metrics reads from the same Prometheus is all there already, once.
    const imported = await runTierscope(
      [
        "import",
        "metrics",
        "--cluster",
        "eks-m",
        "--prometheus",
        prometheus.url,
        "--bearer-token-file",
        promToken,
        ...range,
        "--format",
        "json",
      ],
      serverDir,
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      series: { new: 0, existing: 2 },
      samples: { new: 0, duplicate: 26 },
    });
  });
});
