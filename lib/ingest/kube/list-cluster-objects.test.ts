import { KubeConfig } from "@kubernetes/client-node";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeKubeApi, kubeconfigFor, startFakeKubeApi } from "../../testing/fake-kube-api-server";
import { node, persistentVolume } from "../../testing/kube-objects";
import { type ListOptions, listClusterObjects } from "./list-cluster-objects";

let api: FakeKubeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const OPTIONS: ListOptions = {
  pageSize: 2,
  requestTimeoutMs: 2000,
  kindTimeoutMs: 10_000,
  attempts: 4,
  sleep: async () => {},
  now: () => Date.now(),
};

function configFor(server: FakeKubeApi): KubeConfig {
  const config = new KubeConfig();
  config.loadFromString(kubeconfigFor(server));
  return config;
}

async function listAll(server: FakeKubeApi, options: ListOptions = OPTIONS) {
  const listing = listClusterObjects(configFor(server), options);
  const names: string[] = [];
  for await (const raw of listing.objects)
    names.push(`${raw.listKind}/${(raw.value as { metadata: { name: string } }).metadata.name}`);
  return { names, outcomes: listing.outcomes() };
}

const volumes = ["a", "b", "c", "d", "e"].map((n) => persistentVolume(n));

describe("listClusterObjects", () => {
  it("reads every page with limit and continue, sending the bearer token", async () => {
    api = await startFakeKubeApi({ PersistentVolume: volumes });
    const { names, outcomes } = await listAll(api);
    expect(names).toEqual(["a", "b", "c", "d", "e"].map((n) => `PersistentVolumeList/${n}`));
    const pages = api.requests.filter((r) => r.path === "/api/v1/persistentvolumes");
    expect(pages.map((r) => [r.query.get("limit"), r.query.get("continue")])).toEqual([
      ["2", null],
      ["2", Buffer.from("2").toString("base64")],
      ["2", Buffer.from("4").toString("base64")],
    ]);
    expect(pages.every((r) => r.authorization === `Bearer ${api?.token}`)).toBe(true);
    expect(outcomes.get("PersistentVolume")).toEqual({ complete: true });
  });

  it("reports a forbidden kind as incomplete and goes on with the others", async () => {
    api = await startFakeKubeApi(
      { PersistentVolume: volumes, Node: [node("n1", "aws:///x/i-1", "us-east-1")] },
      { PersistentVolume: { status: 403 } },
    );
    const { names, outcomes } = await listAll(api);
    expect(names).toEqual(["NodeList/n1"]);
    expect(outcomes.get("PersistentVolume")).toEqual({
      complete: false,
      error: "forbidden: the service account may not list this kind (see deploy/rbac.yaml)",
    });
    expect(outcomes.get("Node")).toEqual({ complete: true });
  });

  it("reports snapshot kinds as absent when their CRDs are not installed", async () => {
    api = await startFakeKubeApi(
      {},
      {
        VolumeSnapshot: { status: 404 },
        VolumeSnapshotContent: { status: 404 },
        VolumeSnapshotClass: { status: 404 },
      },
    );
    const { outcomes } = await listAll(api);
    expect(outcomes.get("VolumeSnapshot")).toMatchObject({
      complete: false,
      error: expect.stringMatching(/^API not served/),
    });
    expect(outcomes.get("Namespace")).toEqual({ complete: true });
  });

  it("retries a transient 503 and a 429, then completes", async () => {
    api = await startFakeKubeApi(
      { PersistentVolume: volumes, Node: [] },
      { PersistentVolume: { transientFailures: 2 }, Node: { transientFailures: 1, transientStatus: 429 } },
    );
    const { names, outcomes } = await listAll(api);
    expect(names.filter((n) => n.startsWith("PersistentVolumeList"))).toHaveLength(5);
    expect(outcomes.get("PersistentVolume")).toEqual({ complete: true });
    expect(outcomes.get("Node")).toEqual({ complete: true });
  });

  it("gives up on a kind after its attempts, as incomplete", async () => {
    api = await startFakeKubeApi(
      { PersistentVolume: volumes },
      { PersistentVolume: { transientFailures: 99 } },
    );
    const { outcomes } = await listAll(api);
    expect(outcomes.get("PersistentVolume")?.complete).toBe(false);
    expect(api.requests.filter((r) => r.path === "/api/v1/persistentvolumes")).toHaveLength(OPTIONS.attempts);
  });

  it("retries a page slower than the request timeout", async () => {
    api = await startFakeKubeApi(
      { PersistentVolume: volumes },
      { PersistentVolume: { firstRequestDelayMs: 1500 } },
    );
    const { names, outcomes } = await listAll(api, { ...OPTIONS, requestTimeoutMs: 300 });
    expect(names.filter((n) => n.startsWith("PersistentVolumeList"))).toHaveLength(5);
    expect(outcomes.get("PersistentVolume")).toEqual({ complete: true });
  });

  it("stops a kind that runs past its time bound", async () => {
    api = await startFakeKubeApi(
      { PersistentVolume: volumes },
      { PersistentVolume: { firstRequestDelayMs: 1500 } },
    );
    const { outcomes } = await listAll(api, { ...OPTIONS, requestTimeoutMs: 5000, kindTimeoutMs: 300 });
    // How much of the 300 ms is left when the last attempt starts depends on the machine's load.
    expect(outcomes.get("PersistentVolume")).toEqual({
      complete: false,
      error: expect.stringMatching(/^(no answer within \d+ ms|listing took longer than 300 ms)$/),
    });
  });
});
