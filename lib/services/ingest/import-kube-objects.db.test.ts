import { describe, expect, it } from "vitest";
import type { RawObject } from "../../ingest/kube/read-kube-files";
import {
  asDocuments,
  asList,
  node,
  persistentVolume,
  persistentVolumeClaim,
} from "../../testing/kube-objects";
import { setUpTestDatabase } from "../../testing/test-database";
import { type ImportKubeInput, importKubeObjects } from "./import-kube-objects";

const { db } = setUpTestDatabase();
const day = (d: number) => new Date(Date.UTC(2026, 3, d));
const GIB = 1024n ** 3n;

function observe(objects: AsyncIterable<RawObject>, observedAt: Date, extra: Partial<ImportKubeInput> = {}) {
  return importKubeObjects(db, {
    cluster: { name: "prod" },
    source: "files",
    sourceRef: "test",
    observedAt,
    objects,
    now: () => observedAt,
    ...extra,
  });
}

async function volume(name: string) {
  return db.persistentVolume.findFirstOrThrow({ where: { name } });
}

async function snapshotOfState() {
  const volumes = await db.persistentVolume.findMany({ orderBy: { uid: "asc" } });
  const revisions = await db.persistentVolumeRevision.findMany({
    orderBy: [{ uid: "asc" }, { validFrom: "asc" }],
  });
  const claims = await db.persistentVolumeClaim.findMany({ orderBy: { uid: "asc" } });
  return JSON.stringify({ volumes, revisions, claims }, (_k, v) =>
    typeof v === "bigint" ? v.toString() : v,
  );
}

describe("importKubeObjects", () => {
  it("records new objects with their life starting at creationTimestamp", async () => {
    const summary = await observe(
      asList([persistentVolume("a", { created: "2026-02-01T00:00:00Z" })]),
      day(1),
    );
    expect(summary.kinds.find((k) => k.kind === "PersistentVolume")).toMatchObject({
      seen: 1,
      new: 1,
      complete: true,
    });
    const a = await volume("a");
    expect(a.createdAt.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(a.firstSeenAt).toEqual(day(1));
    const revisions = await db.persistentVolumeRevision.findMany({ where: { uid: a.uid } });
    expect(revisions).toMatchObject([
      { validFrom: new Date("2026-02-01T00:00:00Z"), validTo: null, capacityBytes: 100n * GIB },
    ]);
  });

  it("changes nothing when the same dump is imported again", async () => {
    const objects = [persistentVolume("a"), persistentVolumeClaim("ml", "data", { volumeName: "a" })];
    await observe(asList(objects), day(1), { contentHash: "h" });
    const before = await snapshotOfState();
    const again = await observe(asList(objects), day(1), { contentHash: "h" });
    expect(again.duplicateOf).toBeDefined();
    expect(await db.observation.count()).toBe(1);
    expect(await snapshotOfState()).toBe(before);
  });

  it("changes nothing but last-seen when a later observation sees the same objects", async () => {
    await observe(asList([persistentVolume("a")]), day(1));
    const summary = await observe(asList([persistentVolume("a")]), day(2));
    expect(summary.kinds.find((k) => k.kind === "PersistentVolume")).toMatchObject({
      new: 0,
      changed: 0,
      deleted: 0,
    });
    expect((await volume("a")).lastSeenAt).toEqual(day(2));
    expect(await db.persistentVolumeRevision.count()).toBe(1);
  });

  it("marks deleted what a complete observation no longer sees, at that observation's time", async () => {
    await observe(asList([persistentVolume("a"), persistentVolume("b")]), day(1));
    const summary = await observe(asList([persistentVolume("a")]), day(3));
    expect(summary.kinds.find((k) => k.kind === "PersistentVolume")?.deleted).toBe(1);
    expect((await volume("b")).deletedAt).toEqual(day(3));
    expect((await db.persistentVolumeRevision.findFirstOrThrow({ where: { uid: "uid-b" } })).validTo).toEqual(
      day(3),
    );
    expect((await volume("a")).deletedAt).toBeNull();
  });

  it("dates the deletion at the deletionTimestamp an earlier observation saw", async () => {
    await observe(asList([persistentVolume("a", { deletionTimestamp: "2026-04-01T12:00:00Z" })]), day(1));
    await observe(asList([]), day(3), {
      kindOutcomes: () => new Map([["PersistentVolume", { complete: true }]]),
    });
    expect((await volume("a")).deletedAt).toEqual(new Date("2026-04-01T12:00:00Z"));
  });

  it("marks nothing deleted from separate documents, which are not a complete listing", async () => {
    await observe(asList([persistentVolume("a"), persistentVolume("b")]), day(1));
    const summary = await observe(asDocuments([persistentVolume("a")]), day(3));
    expect(summary.kinds.find((k) => k.kind === "PersistentVolume")?.complete).toBe(false);
    expect((await volume("b")).deletedAt).toBeNull();
  });

  it("marks nothing deleted from a kind whose listing failed", async () => {
    await observe(asList([persistentVolume("a")]), day(1));
    await observe(asList([]), day(3), {
      kindOutcomes: () => new Map([["PersistentVolume", { complete: false, error: "forbidden" }]]),
    });
    expect((await volume("a")).deletedAt).toBeNull();
  });

  it("limits deletions of namespaced kinds to the namespaces a List covered", async () => {
    await observe(
      asList([
        persistentVolumeClaim("ml", "x"),
        persistentVolumeClaim("web", "y"),
        persistentVolumeClaim("web", "z"),
      ]),
      day(1),
    );
    const summary = await observe(asList([persistentVolumeClaim("web", "y")]), day(2));
    expect(summary.kinds.find((k) => k.kind === "PersistentVolumeClaim")).toMatchObject({
      namespaces: ["web"],
      deleted: 1,
    });
    const claims = await db.persistentVolumeClaim.findMany({ orderBy: { name: "asc" } });
    expect(claims.map((c) => [c.name, c.deletedAt])).toEqual([
      ["x", null],
      ["y", null],
      ["z", day(2)],
    ]);
  });

  it("keeps a resize as history: the old size until the observation that saw the new one", async () => {
    await observe(asList([persistentVolume("a", { size: "500Gi" })]), day(1));
    const summary = await observe(asList([persistentVolume("a", { size: "600Gi" })]), day(5));
    expect(summary.kinds.find((k) => k.kind === "PersistentVolume")?.changed).toBe(1);
    const revisions = await db.persistentVolumeRevision.findMany({ orderBy: { validFrom: "asc" } });
    expect(revisions.map((r) => [r.capacityBytes, r.validFrom, r.validTo])).toEqual([
      [500n * GIB, new Date("2026-03-01T00:00:00Z"), day(5)],
      [600n * GIB, day(5), null],
    ]);
  });

  it("does not roll state back when an older observation arrives after a newer one", async () => {
    await observe(asList([persistentVolume("a", { size: "600Gi" })]), day(5));
    await observe(asList([persistentVolume("a", { size: "500Gi" }), persistentVolume("gone")]), day(2));
    const a = await volume("a");
    expect(a.capacityBytes).toBe(600n * GIB);
    expect(a.firstSeenAt).toEqual(day(2));
    expect(a.lastSeenAt).toEqual(day(5));
    // Only the older observation saw it, and the newer complete one did not: gone by then.
    expect((await volume("gone")).deletedAt).toEqual(day(5));
  });

  it("writes nothing when one object is invalid", async () => {
    const objects = [persistentVolume("a"), persistentVolume("bad", { size: "-1Gi" })];
    await expect(observe(asList(objects), day(1))).rejects.toThrow(
      'test.json:2 (item 1): PersistentVolume "bad": spec.capacity.storage: a size cannot be negative: "-1Gi"',
    );
    expect(await db.observation.count()).toBe(0);
    expect(await db.persistentVolume.count()).toBe(0);
  });

  it("with skipInvalid, imports the rest, records the skipped object and does not deem it deleted", async () => {
    await observe(asList([persistentVolume("a"), persistentVolume("b")]), day(1));
    const summary = await observe(
      asList([persistentVolume("a"), persistentVolume("b", { size: "lots" })]),
      day(2),
      {
        skipInvalid: true,
      },
    );
    expect(summary.skipped).toHaveLength(1);
    expect(summary.kinds.find((k) => k.kind === "PersistentVolume")).toMatchObject({
      skipped: 1,
      deleted: 0,
    });
    expect((await volume("b")).deletedAt).toBeNull();
    expect(await db.observationSkip.findMany()).toMatchObject([{ kind: "PersistentVolume", name: "b" }]);
  });

  it("refuses the same uid twice in one import and writes nothing", async () => {
    const objects = [persistentVolume("a", { uid: "same" }), persistentVolume("b", { uid: "same" })];
    await expect(observe(asList(objects), day(1))).rejects.toThrow(/uid same appears twice/);
    expect(await db.persistentVolume.count()).toBe(0);
  });

  it("learns the cluster's provider and region from its nodes", async () => {
    await observe(asList([node("n1", "aws:///us-east-1a/i-0abc", "us-east-1")]), day(1));
    expect(await db.cluster.findFirstOrThrow()).toMatchObject({
      name: "prod",
      provider: "aws",
      region: "us-east-1",
    });
  });

  it("counts kinds it does not keep without failing", async () => {
    const summary = await observe(
      asList([{ kind: "Deployment", metadata: { name: "x" } }, persistentVolume("a")]),
      day(1),
    );
    expect(summary.ignoredKinds).toEqual({ Deployment: 1 });
  });
});

describe("importKubeObjects, teams", () => {
  const namespace = (name: string, labels: Record<string, string>) => ({
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name, uid: `uid-${name}`, creationTimestamp: "2026-03-01T00:00:00Z", labels },
  });

  it("maps namespaces to the teams their labels name, creating each team once", async () => {
    await observe(
      asList([
        namespace("ml-train", { team: "ml" }),
        namespace("ml-serve", { team: "ml" }),
        namespace("web", {}),
      ]),
      day(1),
    );
    const namespaces = await db.namespace.findMany({ include: { team: true }, orderBy: { name: "asc" } });
    expect(namespaces.map((n) => [n.name, n.team?.slug ?? null, n.teamSource])).toEqual([
      ["ml-serve", "ml", "label:team"],
      ["ml-train", "ml", "label:team"],
      ["web", null, null],
    ]);
    expect(await db.team.count()).toBe(1);
  });

  it("keeps a mapping made by hand when the label says otherwise", async () => {
    await observe(asList([namespace("ml-train", { team: "ml" })]), day(1));
    const org = await db.organization.findFirstOrThrow();
    const platform = await db.team.create({ data: { orgId: org.id, slug: "platform", name: "Platform" } });
    await db.namespace.updateMany({ data: { teamId: platform.id, teamSource: "manual" } });
    await observe(asList([namespace("ml-train", { team: "ml", changed: "yes" })]), day(2));
    expect((await db.namespace.findFirstOrThrow({ include: { team: true } })).team?.slug).toBe("platform");
  });
});
