import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importKubeObjects } from "../../services/ingest/import-kube-objects";
import { persistentVolume } from "../../testing/kube-objects";
import { setUpTestDatabase } from "../../testing/test-database";
import { expandPaths, readKubeFiles } from "./read-kube-files";

const { db } = setUpTestDatabase();

function dir() {
  return mkdtempSync(path.join(tmpdir(), "tierscope-hostile-"));
}

function importFiles(paths: string[], skipInvalid = false) {
  return importKubeObjects(db, {
    cluster: { name: "prod" },
    source: "files",
    sourceRef: "test",
    observedAt: new Date("2026-09-01T00:00:00Z"),
    objects: readKubeFiles(expandPaths(paths)),
    skipInvalid,
    now: () => new Date("2026-09-01T00:00:00Z"),
  });
}

const gpuPod = (gpus: string) => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "train-0",
    namespace: "ml",
    uid: "uid-train-0",
    creationTimestamp: "2026-03-01T00:00:00Z",
  },
  spec: { containers: [{ name: "main", resources: { limits: { "nvidia.com/gpu": gpus } } }] },
  status: { phase: "Running" },
});

describe("dumps as hostile or unlucky hands give them", () => {
  it("reads a JSON dump that starts with a UTF-8 byte-order mark, as PowerShell writes it", async () => {
    const file = path.join(dir(), "pv.json");
    writeFileSync(file, `\uFEFF${JSON.stringify({ kind: "List", items: [persistentVolume("data")] })}`);
    const summary = await importFiles([file]);
    expect(summary.kinds.find((k) => k.kind === "PersistentVolume")?.new).toBe(1);
  });

  it("reads a YAML dump that starts with a byte-order mark", async () => {
    const file = path.join(dir(), "pv.yaml");
    writeFileSync(
      file,
      '\uFEFFapiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: data\n  uid: u1\n  creationTimestamp: "2026-03-01T00:00:00Z"\nspec:\n  capacity:\n    storage: 10Gi\n',
    );
    const summary = await importFiles([file]);
    expect(summary.kinds.find((k) => k.kind === "PersistentVolume")?.new).toBe(1);
  });

  it("skips a pod with an impossible GPU request under --skip-invalid and keeps the rest", async () => {
    const file = path.join(dir(), "dump.json");
    writeFileSync(file, JSON.stringify({ kind: "List", items: [gpuPod("1e30"), persistentVolume("data")] }));
    const summary = await importFiles([file], true);
    expect(summary.skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining('nvidia.com/gpu: "1e30" is out of range for a quantity'),
    ]);
    expect(await db.pod.count()).toBe(0);
    expect(await db.persistentVolume.count()).toBe(1);
  });

  it("refuses a directory whose symbolic link loops back, instead of walking it forever", async () => {
    const root = dir();
    mkdirSync(path.join(root, "a"));
    writeFileSync(path.join(root, "a", "pv.json"), JSON.stringify(persistentVolume("data")));
    symlinkSync("..", path.join(root, "a", "loop"));
    expect(() => expandPaths([root])).toThrow(/symbolic link loop/);
  });

  it("follows a symbolic link to another directory once", () => {
    const root = dir();
    const other = dir();
    writeFileSync(path.join(other, "pv.json"), "{}");
    symlinkSync(other, path.join(root, "linked"));
    expect(expandPaths([root])).toEqual([path.join(root, "linked", "pv.json")]);
  });
});
