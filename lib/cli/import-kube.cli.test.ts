import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeKubeApi, kubeconfigFor, startFakeKubeApi } from "../testing/fake-kube-api-server";
import { node, persistentVolume, persistentVolumeClaim } from "../testing/kube-objects";
import { runTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

let api: FakeKubeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

function tempDir() {
  return temporaryDataDir("tierscope-import-");
}

function write(dir: string, name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const list = (items: unknown[]) => ({
  apiVersion: "v1",
  kind: "List",
  items,
  metadata: { resourceVersion: "" },
});

describe("tierscope import kube", () => {
  it("imports a live cluster and reports what it could not list", async () => {
    api = await startFakeKubeApi(
      {
        PersistentVolume: [persistentVolume("a"), persistentVolume("b"), persistentVolume("c")],
        PersistentVolumeClaim: [persistentVolumeClaim("ml", "data")],
        Node: [node("n1", "aws:///us-east-1a/i-1", "us-east-1")],
      },
      {
        VolumeSnapshot: { status: 404 },
        VolumeSnapshotContent: { status: 404 },
        VolumeSnapshotClass: { status: 404 },
      },
    );
    const dir = tempDir();
    const kubeconfig = write(dir, "kubeconfig", kubeconfigFor(api));
    const result = await runTierscope(
      [
        "import",
        "kube",
        "--cluster",
        "prod",
        "--kubeconfig",
        kubeconfig,
        "--page-size",
        "2",
        "--format",
        "json",
      ],
      dir,
    );
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    const kinds = Object.fromEntries(summary.kinds.map((k: { kind: string }) => [k.kind, k]));
    expect(kinds.PersistentVolume).toMatchObject({ seen: 3, new: 3, complete: true });
    expect(kinds.VolumeSnapshot).toMatchObject({
      complete: false,
      error: expect.stringMatching(/^API not served/),
    });

    const inventory = await runTierscope(["inventory", "--cluster", "prod", "--format", "json"], dir);
    expect(JSON.parse(inventory.stdout).totals).toMatchObject({
      PersistentVolume: 3,
      PersistentVolumeClaim: 1,
      Node: 1,
    });
  });

  it("refuses a context the kubeconfig does not have", async () => {
    api = await startFakeKubeApi({});
    const dir = tempDir();
    const kubeconfig = write(dir, "kubeconfig", kubeconfigFor(api));
    const result = await runTierscope(
      ["import", "kube", "--cluster", "p", "--kubeconfig", kubeconfig, "--context", "nope"],
      dir,
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("tierscope: --context nope: no such context in the kubeconfig");
  });
});

describe("tierscope import files", () => {
  it("imports a dump once: the same dump again changes nothing", async () => {
    const dir = tempDir();
    const dump = write(dir, "pv.json", list([persistentVolume("a"), persistentVolume("b")]));
    const first = await runTierscope(
      ["import", "files", "--cluster", "c1", "--observed-at", "2026-04-01T00:00:00Z", dump],
      dir,
    );
    expect(first.stdout).toMatch(/^PersistentVolume\s+yes\s+2\s+2\s+0\s+0\s+0$/m);
    const again = await runTierscope(
      ["import", "files", "--cluster", "c1", "--observed-at", "2026-04-01T00:00:00Z", dump],
      dir,
    );
    expect(again.stdout).toMatch(
      /^Already imported \(observation [0-9a-f-]+, 2026-04-01T00:00:00.000Z\): no object changed.$/m,
    );
    const observations = await runTierscope(["observations", "--format", "json"], dir);
    expect(JSON.parse(observations.stdout).total).toBe(1);
  });

  it("names the file, line, object and field of bad input, and writes nothing", async () => {
    const dir = tempDir();
    const dump = write(
      dir,
      "bad.yaml",
      "kind: List\nitems:\n- kind: PersistentVolume\n  metadata: {name: ok, uid: u1, creationTimestamp: '2026-01-01T00:00:00Z'}\n  spec: {capacity: {storage: 1Gi}}\n- kind: PersistentVolume\n  metadata: {name: big, uid: u2, creationTimestamp: '2026-01-01T00:00:00Z'}\n  spec: {capacity: {storage: 12GB}}\n",
    );
    const result = await runTierscope(["import", "files", "--cluster", "c1", dump], dir);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `tierscope: ${dump}:6 (item 1): PersistentVolume "big": spec.capacity.storage: not a Kubernetes quantity: "12GB"`,
    );
    const observations = await runTierscope(["observations", "--format", "json"], dir);
    expect(JSON.parse(observations.stdout).total).toBe(0);
  });

  it("reports a truncated file", async () => {
    const dir = tempDir();
    const dump = write(dir, "cut.json", JSON.stringify(list([persistentVolume("a")])).slice(0, 120));
    const result = await runTierscope(["import", "files", "--cluster", "c1", dump], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("truncated?");
  });

  it("with --skip-invalid, imports the rest and lists what it skipped", async () => {
    const dir = tempDir();
    const dump = write(
      dir,
      "mixed.json",
      list([persistentVolume("a"), persistentVolume("b", { size: "-3Gi" })]),
    );
    const result = await runTierscope(["import", "files", "--cluster", "c1", "--skip-invalid", dump], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Skipped 1 invalid object(s):");
    expect(result.stdout).toContain(
      'PersistentVolume "b": spec.capacity.storage: a size cannot be negative: "-3Gi"',
    );
  });
});
