import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeKubeApi, kubeconfigFor, startFakeKubeApi } from "../testing/fake-kube-api-server";
import { node, persistentVolume, persistentVolumeClaim } from "../testing/kube-objects";
import { freePort, runCollector } from "../testing/run-collector";
import { runTierscope, startTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

const TSX = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
const CREATE_TOKEN = path.resolve(import.meta.dirname, "../testing/create-collector-token.ts");

/** Three clusters on three providers; the third large enough that its push takes a while. */
function fleet() {
  return {
    "eks-a": {
      PersistentVolume: [persistentVolume("a1", { claim: ["ml", "data"] }), persistentVolume("a2")],
      PersistentVolumeClaim: [persistentVolumeClaim("ml", "data")],
      Node: [node("a-n1", "aws:///us-east-1a/i-1", "us-east-1")],
    },
    "gke-b": {
      PersistentVolume: [persistentVolume("b1", { storageClass: "standard-rwo", size: "1Ti" })],
      Node: [node("b-n1", "gce://proj/europe-west4-a/b-n1", "europe-west4")],
    },
    "aks-c": {
      PersistentVolume: Array.from({ length: 1500 }, (_, i) =>
        persistentVolume(`c${i}`, { size: `${i + 1}Gi` }),
      ),
      Node: [
        node(
          "c-n1",
          "azure:///subscriptions/s/resourceGroups/r/providers/x/virtualMachines/c-n1",
          "westeurope",
        ),
      ],
    },
  };
}

type ClusterName = keyof ReturnType<typeof fleet>;
const CLUSTERS: ClusterName[] = ["eks-a", "gke-b", "aks-c"];

async function inventoryOf(dataDir: string, cluster: string) {
  const result = await runTierscope(
    ["inventory", "--cluster", cluster, "--limit", "10000", "--format", "json"],
    dataDir,
  );
  expect(result.status, result.stderr).toBe(0);
  const { at: _at, ...inventory } = JSON.parse(result.stdout);
  return inventory;
}

const apis: FakeKubeApi[] = [];
let server: ChildProcess | undefined;
afterAll(async () => {
  server?.kill("SIGTERM");
  await Promise.all(apis.map((api) => api.close()));
});

describe("collectors pushing to a running server", () => {
  // Several servers and commands start one after another: on a busy machine that takes minutes
  // (29 minutes at a load average of 28 on two cores), so the limit only stops a hung test.
  it("give the inventory import kube gives, through retries, a duplicate push and a killed push", {
    timeout: 3_600_000,
  }, async () => {
    const work = temporaryDataDir("tierscope-collect-");
    const serverDir = temporaryDataDir("tierscope-collect-server-");
    const referenceDir = temporaryDataDir("tierscope-collect-reference-");
    const kubeconfigs = {} as Record<ClusterName, string>;
    const objects = fleet();
    for (const cluster of CLUSTERS) {
      const api = await startFakeKubeApi(objects[cluster]);
      apis.push(api);
      kubeconfigs[cluster] = path.join(work, `${cluster}.kubeconfig`);
      writeFileSync(kubeconfigs[cluster], kubeconfigFor(api));
    }
    // A collector token per cluster, made before the server holds the database.
    const tokenFiles = {} as Record<ClusterName, string>;
    for (const cluster of CLUSTERS) {
      const created = await runTierscope(["exec", "--", TSX, CREATE_TOKEN, cluster], serverDir);
      expect(created.status, created.stderr).toBe(0);
      tokenFiles[cluster] = path.join(work, `${cluster}.token`);
      writeFileSync(tokenFiles[cluster], created.stdout.trim().split("\n").at(-1) as string);
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const push = (cluster: ClusterName, tokenOf: ClusterName = cluster) =>
      runCollector(work, {
        server: url,
        tokenFile: tokenFiles[tokenOf],
        cluster,
        kubeconfig: kubeconfigs[cluster],
      });

    // The first collector starts while the server is still away: it retries with backoff.
    const early = push("gke-b");
    const started = await startTierscope(
      ["serve", "--port", String(port), "--host", "127.0.0.1", "--no-digest-worker"],
      serverDir,
      "Tierscope is ready",
    );
    server = started.child;
    const earlyResult = await early.done;
    expect(earlyResult.status, earlyResult.output).toBe(0);
    expect(earlyResult.output).toMatch(/Push attempt 1 failed \(ECONNREFUSED\)/);

    // A token of one cluster is refused for another, and writes nothing.
    const foreign = await push("eks-a", "gke-b").done;
    expect(foreign.status).toBe(1);
    expect(foreign.output).toMatch(/refused the push \(403\): .*cluster gke-b only, not eks-a/);

    // One pushes twice: the second observation finds nothing new or changed.
    const first = await push("eks-a").done;
    expect(first.status, first.output).toBe(0);
    const again = await push("eks-a").done;
    expect(again.status, again.output).toBe(0);
    const kinds = JSON.parse(again.output.slice(again.output.indexOf("{"))).kinds as {
      new: number;
      changed: number;
    }[];
    expect(kinds.every((k) => k.new === 0 && k.changed === 0)).toBe(true);

    // One is killed as its push starts, then run again.
    const killed = push("aks-c");
    await new Promise<void>((resolve) => {
      let output = "";
      killed.child.stderr?.on("data", (chunk) => {
        output += chunk;
        if (/pushing to/.test(output)) resolve();
      });
    });
    killed.child.kill("SIGKILL");
    await killed.done;
    const retried = await push("aks-c").done;
    expect(retried.status, retried.output).toBe(0);

    // The same clusters read by import kube into another database.
    for (const cluster of CLUSTERS) {
      const imported = await runTierscope(
        ["import", "kube", "--cluster", cluster, "--kubeconfig", kubeconfigs[cluster]],
        referenceDir,
      );
      expect(imported.status, imported.stderr).toBe(0);
    }
    server.kill("SIGTERM");
    await new Promise((resolve) => server?.once("exit", resolve));
    server = undefined;

    for (const cluster of CLUSTERS) {
      const pushed = await inventoryOf(serverDir, cluster);
      expect(pushed.totals.PersistentVolume).toBe(objects[cluster].PersistentVolume.length);
      expect(pushed).toEqual(await inventoryOf(referenceDir, cluster));
    }
    // Nothing half-written: every observation on the server completed, each cluster's pushes counted.
    const observations = await runTierscope(["observations", "--format", "json"], serverDir);
    const items = JSON.parse(observations.stdout).items as {
      clusterName: string;
      status: string;
      source: string;
    }[];
    expect(items.every((o) => o.status === "completed" && o.source === "push")).toBe(true);
    const per = (cluster: string) => items.filter((o) => o.clusterName === cluster).length;
    expect([per("gke-b"), per("eks-a")]).toEqual([1, 2]);
    // The killed push either never reached the database or had been taken whole before the kill.
    expect([1, 2]).toContain(per("aks-c"));
  });
});
