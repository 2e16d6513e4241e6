import { isoDayOf } from "../../costing/day-window";
import type { CloudProvider, KubeKind, ObservationSource } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";
import { keepHeapUnderCeiling } from "../../heap-ceiling";
import { KINDS, kindOf } from "../../ingest/kube/kube-kinds";
import { InvalidObjectError, normalizeObject, UnobservedKind } from "../../ingest/kube/normalize-object";
import type { NormalizedObject } from "../../ingest/kube/normalized-object";
import { planObjectBatch } from "../../ingest/kube/plan-object-batch";
import type { RawObject } from "../../ingest/kube/read-kube-files";
import { killPoint } from "../../kill-point";
import { ensureCluster } from "../../queries/clusters/ensure-cluster";
import { recordCostBacklog } from "../../queries/costs/cost-backlog";
import { findGoneBy } from "../../queries/ingest/find-gone-by";
import { inferClusterLocation } from "../../queries/ingest/infer-cluster-location";
import { linkNamespacesToTeams } from "../../queries/ingest/link-namespaces-to-teams";
import { readStoredStates } from "../../queries/ingest/read-stored-states";
import { spareSkippedObjects } from "../../queries/ingest/spare-skipped-objects";
import { sweepDeletedObjects } from "../../queries/ingest/sweep-deleted-objects";
import { type ObservationRef, writePlannedActions } from "../../queries/ingest/write-planned-actions";
import { IMPORT_TABLES, refreshStatistics } from "../../queries/refresh-statistics";
import { getNamespaceLabelRules } from "../../queries/settings/get-namespace-label-rules";

/** Objects per kind written together: one read and a few statements per batch. */
const BATCH_SIZE = 2000;

/** What listing one kind achieved, as a live source reports it. */
export interface KindOutcome {
  complete: boolean;
  error?: string;
}

export interface ImportKubeInput {
  cluster: { name: string; provider?: CloudProvider; region?: string };
  source: ObservationSource;
  sourceRef: string;
  observedAt: Date;
  objects: AsyncIterable<RawObject>;
  /**
   * How complete each kind is. Live sources say so per kind; for files, undefined: a kind is
   * complete when it came as a List (for namespaced kinds: in the namespaces that List held).
   */
  kindOutcomes?: () => Map<KubeKind, KindOutcome>;
  /** Treat no kind as complete: nothing is marked deleted. */
  partial?: boolean;
  skipInvalid?: boolean;
  /** sha256 of the input: the same dump imported again is recognised and nothing is written. */
  contentHash?: string;
  onProgress?: (objects: number) => void;
  now: () => Date;
}

export interface KindSummary {
  kind: KubeKind;
  complete: boolean;
  namespaces: string[];
  seen: number;
  new: number;
  changed: number;
  deleted: number;
  skipped: number;
  error?: string;
}

export interface ImportSummary {
  observationId: string;
  clusterId: string;
  clusterName: string;
  observedAt: string;
  /** Set when this exact input was imported before: nothing was written. */
  duplicateOf?: string;
  kinds: KindSummary[];
  skipped: { position: string; kind: string | null; name: string | null; reason: string }[];
  /** Kinds present in the input that Tierscope does not keep, with counts. */
  ignoredKinds: Record<string, number>;
  /** The earliest moment whose state this import changed (a new object's creation, a change, a deletion): costs from then on are stale. */
  earliestChange: string | null;
}

interface KindState {
  summary: KindSummary;
  buffer: NormalizedObject[];
  /** Objects from Lists, and their namespaces: what makes a file import complete for the kind. */
  fromList: boolean;
  listNamespaces: Set<string>;
  /** Keys of invalid objects that were skipped: seen, so never swept as deleted. */
  spared: string[];
  unknownSkip: boolean;
}

function emptySummary(kind: KubeKind): KindSummary {
  return { kind, complete: false, namespaces: [], seen: 0, new: 0, changed: 0, deleted: 0, skipped: 0 };
}

/**
 * Imports one observation of a cluster's objects in one transaction: all of it or none of it. The
 * days whose costs it made stale are recorded in the cost backlog in the same transaction, so a
 * process that stops before computing them leaves them to the next run (bringCostsUpToDate).
 * See README, "State over time", for the rules this applies.
 */
export async function importKubeObjects(db: Db, input: ImportKubeInput): Promise<ImportSummary> {
  const summary = await importInTransaction(db, input);
  if (!summary.duplicateOf) await refreshStatistics(db, IMPORT_TABLES);
  return summary;
}

function importInTransaction(db: Db, input: ImportKubeInput): Promise<ImportSummary> {
  return db.$transaction(
    async (tx) => {
      const cluster = await ensureCluster(tx, input.cluster);
      const labelRules = await getNamespaceLabelRules(tx);
      if (input.contentHash) {
        const earlier = await tx.observation.findFirst({
          where: { clusterId: cluster.id, contentHash: input.contentHash, status: "completed" },
        });
        if (earlier) {
          return {
            observationId: earlier.id,
            clusterId: cluster.id,
            clusterName: cluster.name,
            observedAt: earlier.observedAt.toISOString(),
            duplicateOf: earlier.id,
            kinds: [],
            skipped: [],
            ignoredKinds: {},
            earliestChange: null,
          };
        }
      }
      const row = await tx.observation.create({
        data: {
          clusterId: cluster.id,
          source: input.source,
          sourceRef: input.sourceRef,
          observedAt: input.observedAt,
          startedAt: input.now(),
          status: "running",
          contentHash: input.contentHash ?? null,
        },
      });
      const observation: ObservationRef = { id: row.id, clusterId: cluster.id, observedAt: input.observedAt };
      const states = new Map<KubeKind, KindState>(
        KINDS.map((k) => [
          k.kind,
          {
            summary: emptySummary(k.kind),
            buffer: [],
            fromList: false,
            listNamespaces: new Set(),
            spared: [],
            unknownSkip: false,
          },
        ]),
      );
      const skipped: ImportSummary["skipped"] = [];
      const ignoredKinds: Record<string, number> = {};
      let unknownSkips = false;
      let total = 0;
      let earliestChange: number | null = null;
      const changedAt = (time: number) => {
        earliestChange = earliestChange === null ? time : Math.min(earliestChange, time);
      };

      const writeBatch = async (state: KindState, batch: NormalizedObject[], spared: string[]) => {
        const kind = state.summary.kind;
        const goneBy = await findGoneBy(tx, cluster.id, kind, input.observedAt);
        const stored = await readStoredStates(
          tx,
          cluster.id,
          kind,
          batch.map((o) => o.key),
        );
        const actions = planObjectBatch(batch, stored, { ...observation, goneBy });
        for (const action of actions) {
          if (action.type === "insert") {
            state.summary.new++;
            changedAt(action.object.createdAt.getTime());
          }
          if (action.type === "update") {
            state.summary.changed++;
            changedAt(input.observedAt.getTime());
          }
        }
        await writePlannedActions(tx, kind, observation, actions);
        await spareSkippedObjects(tx, kind, observation, spared);
        keepHeapUnderCeiling();
        killPoint("import:batch-written");
      };
      // One batch is written while the next is read and normalised: the client's work overlaps the
      // database's. Only one write is in flight, so batches land in order and each sees the last.
      let inflight: Promise<void> = Promise.resolve();
      const flush = async (state: KindState) => {
        if (state.buffer.length === 0 && state.spared.length === 0) return;
        const batch = state.buffer;
        const spared = state.spared;
        state.buffer = [];
        state.spared = [];
        await inflight;
        inflight = writeBatch(state, batch, spared);
        // Marked handled here; the error surfaces at the next flush or at the end.
        inflight.catch(() => {});
      };

      for await (const raw of input.objects) {
        total++;
        if (total % 10_000 === 0) input.onProgress?.(total);
        let object: NormalizedObject | UnobservedKind;
        try {
          object = normalizeObject(raw.value, raw.position, raw.listKind, labelRules);
        } catch (error) {
          if (!(error instanceof InvalidObjectError) || !input.skipInvalid) throw error;
          const info = kindOf((raw.value as { kind?: unknown } | null)?.kind, raw.listKind);
          const metadata = (raw.value as { metadata?: { uid?: unknown; name?: unknown } } | null)?.metadata;
          const key = info?.kind === "Namespace" ? metadata?.name : metadata?.uid;
          skipped.push({
            position: error.position,
            kind: error.kind,
            name: error.objectName,
            reason: error.message,
          });
          if (!info) unknownSkips = true;
          else {
            const state = states.get(info.kind) as KindState;
            state.summary.skipped++;
            if (typeof key === "string" && key.length > 0) state.spared.push(key);
            else state.unknownSkip = true;
          }
          continue;
        }
        if (object instanceof UnobservedKind) {
          ignoredKinds[object.kind] = (ignoredKinds[object.kind] ?? 0) + 1;
          continue;
        }
        const state = states.get(object.kind) as KindState;
        state.summary.seen++;
        if (raw.inList) {
          state.fromList = true;
          if (object.namespace) state.listNamespaces.add(object.namespace);
          if (object.kind === "Namespace") state.listNamespaces.add(object.name);
        }
        state.buffer.push(object);
        if (state.buffer.length >= BATCH_SIZE) await flush(state);
      }
      for (const state of states.values()) await flush(state);
      await inflight;
      killPoint("import:objects-read");

      const outcomes = input.kindOutcomes?.();
      for (const { kind, namespaced } of KINDS) {
        const state = states.get(kind) as KindState;
        const outcome = outcomes?.get(kind);
        // A skipped object whose identity is unknown might be any object: nothing can be deemed gone.
        const trustworthy = !input.partial && !unknownSkips && !state.unknownSkip;
        if (outcomes) {
          state.summary.complete = trustworthy && outcome?.complete === true;
          if (outcome?.error) state.summary.error = outcome.error;
        } else {
          state.summary.complete = trustworthy && state.fromList;
          if (state.fromList && namespaced) state.summary.namespaces = [...state.listNamespaces].sort();
        }
        if (state.summary.complete) {
          state.summary.deleted = await sweepDeletedObjects(tx, kind, observation, state.summary.namespaces);
          if (state.summary.deleted > 0) changedAt(input.observedAt.getTime());
        }
      }

      killPoint("import:deletions-swept");
      await inferClusterLocation(tx, cluster.id);
      await linkNamespacesToTeams(tx, cluster.id, labelRules);
      const kinds = KINDS.map(({ kind }) => (states.get(kind) as KindState).summary);
      await tx.observationKind.createMany({
        data: kinds.map((k) => ({
          observationId: observation.id,
          kind: k.kind,
          complete: k.complete,
          namespaces: k.namespaces,
          seenCount: k.seen,
          newCount: k.new,
          changedCount: k.changed,
          deletedCount: k.deleted,
          skippedCount: k.skipped,
          error: k.error ?? null,
        })),
      });
      if (skipped.length > 0) {
        await tx.observationSkip.createMany({
          data: skipped.map((s) => ({
            observationId: observation.id,
            kind: (s.kind as KubeKind | null) ?? null,
            name: s.name,
            position: s.position,
            reason: s.reason,
          })),
        });
      }
      const warnings = [
        ...kinds.filter((k) => k.error).map((k) => `${k.kind}: ${k.error}`),
        ...(skipped.length > 0 ? [`${skipped.length} invalid object(s) skipped`] : []),
      ];
      await tx.observation.update({
        where: { id: observation.id },
        data: { status: "completed", finishedAt: input.now(), warnings },
      });
      killPoint("import:observation-completed");
      if (earliestChange !== null) {
        await recordCostBacklog(tx, {
          clusterId: cluster.id,
          fromDay: isoDayOf(earliestChange),
          reason: `observation ${observation.id}`,
        });
      }
      killPoint("import:before-commit");
      return {
        observationId: observation.id,
        clusterId: cluster.id,
        clusterName: cluster.name,
        observedAt: input.observedAt.toISOString(),
        kinds,
        skipped,
        ignoredKinds,
        earliestChange: earliestChange === null ? null : new Date(earliestChange).toISOString(),
      };
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
}
