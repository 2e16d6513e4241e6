import { describe, expect, it } from "vitest";
import type { NormalizedObject } from "./normalized-object";
import { DuplicateUidError, planObjectBatch, type StoredObjectState } from "./plan-object-batch";

const at = (day: number) => new Date(Date.UTC(2026, 2, day));

function pv(uid: string, hash = "h1", deletionRequestedAt: Date | null = null): NormalizedObject {
  return {
    kind: "PersistentVolume",
    key: uid,
    uid,
    name: `pv-${uid}`,
    namespace: null,
    createdAt: at(1),
    deletionRequestedAt,
    fields: {} as NormalizedObject["fields"],
    columnsJson: "{}",
    contentHash: hash,
  };
}

function stored(overrides: Partial<StoredObjectState> = {}): StoredObjectState {
  return {
    contentHash: "h1",
    firstSeenAt: at(10),
    lastSeenAt: at(20),
    deletedAt: null,
    lastObservationId: "older",
    ...overrides,
  };
}

const observation = (day: number, goneBy: Date | null = null) => ({
  id: "obs",
  observedAt: at(day),
  goneBy: () => goneBy,
});

describe("planObjectBatch", () => {
  it("inserts an object the store has never seen", () => {
    expect(planObjectBatch([pv("a")], new Map(), observation(25))).toEqual([
      { type: "insert", object: pv("a"), deletedAt: null },
    ]);
  });

  it("only moves last-seen for a newer observation with the same content", () => {
    const [action] = planObjectBatch([pv("a")], new Map([["a", stored()]]), observation(25));
    expect(action?.type).toBe("touch");
  });

  it("updates an object whose content changed in a newer observation", () => {
    const [action] = planObjectBatch([pv("a", "h2")], new Map([["a", stored()]]), observation(25));
    expect(action?.type).toBe("update");
  });

  it("brings back an object deemed deleted that a newer observation sees again", () => {
    const [action] = planObjectBatch(
      [pv("a")],
      new Map([["a", stored({ deletedAt: at(21) })]]),
      observation(25),
    );
    expect(action?.type).toBe("update");
  });

  it("changes nothing when the same observation time comes again", () => {
    expect(planObjectBatch([pv("a", "h2")], new Map([["a", stored()]]), observation(20))).toEqual([]);
  });

  it("never rolls state back for an older observation; it moves first-seen earlier", () => {
    const [action] = planObjectBatch([pv("a", "h0")], new Map([["a", stored()]]), observation(5));
    expect(action?.type).toBe("extend-first-seen");
    expect(planObjectBatch([pv("a", "h0")], new Map([["a", stored()]]), observation(15))).toEqual([]);
  });

  it("inserts an object only an older observation saw as gone by the newer complete one", () => {
    const [action] = planObjectBatch([pv("a")], new Map(), observation(5, at(20)));
    expect(action).toMatchObject({ type: "insert", deletedAt: at(20) });
  });

  it("dates that deletion at its deletionTimestamp when it was seen terminating", () => {
    const [action] = planObjectBatch([pv("a", "h1", at(7))], new Map(), observation(5, at(20)));
    expect(action).toMatchObject({ type: "insert", deletedAt: at(7) });
  });

  it("refuses the same uid twice in one batch", () => {
    expect(() => planObjectBatch([pv("a"), pv("a")], new Map(), observation(25))).toThrow(DuplicateUidError);
  });

  it("refuses a uid an earlier batch of the same observation wrote", () => {
    expect(() =>
      planObjectBatch([pv("a")], new Map([["a", stored({ lastObservationId: "obs" })]]), observation(25)),
    ).toThrow(/appears twice in this import/);
  });
});
