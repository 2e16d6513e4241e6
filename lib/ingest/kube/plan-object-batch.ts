import type { NormalizedObject } from "./normalized-object";

/** What the database already knows of an object. */
export interface StoredObjectState {
  contentHash: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  deletedAt: Date | null;
  lastObservationId: string | null;
}

export type PlannedAction =
  /** Not known yet: insert it. */
  | { type: "insert"; object: NormalizedObject; deletedAt: Date | null }
  /** Known, and this observation is newer and differs (or sees it again after it was deemed deleted). */
  | { type: "update"; object: NormalizedObject }
  /** Known, newer observation, same content: only when it was last seen moves. */
  | { type: "touch"; object: NormalizedObject }
  /** Known, but this observation is older than any that saw it: history starts earlier; state stays. */
  | { type: "extend-first-seen"; object: NormalizedObject };

export interface ObservationClock {
  id: string;
  observedAt: Date;
  /**
   * When a newer complete observation of this kind (and this object's namespace) exists, its time:
   * an object this older observation sees but the store has never seen was gone by then.
   */
  goneBy: (object: NormalizedObject) => Date | null;
}

export class DuplicateUidError extends Error {
  override name = "DuplicateUidError";
}

/**
 * Decides what one observation does to each object of a batch. Rules (README, "State over time"):
 * the same data again changes nothing; an older observation never rolls state back, it only moves
 * the first-seen time earlier; an object seen twice in one observation is an error.
 */
export function planObjectBatch(
  objects: NormalizedObject[],
  stored: Map<string, StoredObjectState>,
  observation: ObservationClock,
): PlannedAction[] {
  const t = observation.observedAt.getTime();
  const seen = new Set<string>();
  const actions: PlannedAction[] = [];
  for (const object of objects) {
    if (seen.has(object.key)) {
      throw new DuplicateUidError(
        `${object.kind} uid ${object.uid} appears twice in this import (${object.name})`,
      );
    }
    seen.add(object.key);
    const state = stored.get(object.key);
    if (!state) {
      const goneBy = observation.goneBy(object);
      actions.push({
        type: "insert",
        object,
        deletedAt: goneBy ? (object.deletionRequestedAt ?? goneBy) : null,
      });
      continue;
    }
    if (state.lastObservationId === observation.id) {
      throw new DuplicateUidError(
        `${object.kind} uid ${object.uid} appears twice in this import (${object.name})`,
      );
    }
    const last = state.lastSeenAt.getTime();
    if (t > last) {
      const changed = state.contentHash !== object.contentHash || state.deletedAt !== null;
      actions.push({ type: changed ? "update" : "touch", object });
    } else if (t < state.firstSeenAt.getTime()) {
      actions.push({ type: "extend-first-seen", object });
    }
    // t between first and last seen (or equal to last): already known; nothing to do.
  }
  return actions;
}
