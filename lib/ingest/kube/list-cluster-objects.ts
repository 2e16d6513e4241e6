import {
  ApiException,
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  StorageV1Api,
} from "@kubernetes/client-node";
import type { KubeKind } from "../../db/generated/enums";
import type { RawObject } from "./read-kube-files";

export interface KindOutcome {
  complete: boolean;
  error?: string;
}

export interface ListOptions {
  /** Objects per page (the API's `limit`). */
  pageSize: number;
  /** Longest one page request may take before it is retried. */
  requestTimeoutMs: number;
  /** Longest the listing of one kind may take, retries included. */
  kindTimeoutMs: number;
  /** Attempts per page for transient failures (429, 5xx, timeouts, connection errors). */
  attempts: number;
  /** Waits between attempts; injected so tests need not wait. */
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

interface Page {
  items: unknown[];
  continueToken?: string;
}

type ListPage = (continueToken: string | undefined, limit: number) => Promise<Page>;

const SNAPSHOT_GROUP = "snapshot.storage.k8s.io";

/** How to list each kind, cluster-wide, one page at a time. */
function listers(config: KubeConfig): { kind: KubeKind; listKind: string; page: ListPage }[] {
  const core = config.makeApiClient(CoreV1Api);
  const storage = config.makeApiClient(StorageV1Api);
  const custom = config.makeApiClient(CustomObjectsApi);
  const typed = (list: { items: unknown[]; metadata?: { _continue?: string } }): Page => ({
    items: list.items,
    continueToken: list.metadata?._continue || undefined,
  });
  const snapshots =
    (plural: string): ListPage =>
    async (cont, limit) => {
      const list = (await custom.listClusterCustomObject({
        group: SNAPSHOT_GROUP,
        version: "v1",
        plural,
        _continue: cont,
        limit,
      })) as {
        items: unknown[];
        metadata?: { continue?: string };
      };
      return { items: list.items, continueToken: list.metadata?.continue || undefined };
    };
  return [
    {
      kind: "Namespace",
      listKind: "NamespaceList",
      page: async (c, l) => typed(await core.listNamespace({ _continue: c, limit: l })),
    },
    {
      kind: "StorageClass",
      listKind: "StorageClassList",
      page: async (c, l) => typed(await storage.listStorageClass({ _continue: c, limit: l })),
    },
    {
      kind: "VolumeAttributesClass",
      listKind: "VolumeAttributesClassList",
      page: async (c, l) => typed(await storage.listVolumeAttributesClass({ _continue: c, limit: l })),
    },
    {
      kind: "PersistentVolume",
      listKind: "PersistentVolumeList",
      page: async (c, l) => typed(await core.listPersistentVolume({ _continue: c, limit: l })),
    },
    {
      kind: "PersistentVolumeClaim",
      listKind: "PersistentVolumeClaimList",
      page: async (c, l) =>
        typed(await core.listPersistentVolumeClaimForAllNamespaces({ _continue: c, limit: l })),
    },
    {
      kind: "VolumeSnapshotClass",
      listKind: "VolumeSnapshotClassList",
      page: snapshots("volumesnapshotclasses"),
    },
    { kind: "VolumeSnapshot", listKind: "VolumeSnapshotList", page: snapshots("volumesnapshots") },
    {
      kind: "VolumeSnapshotContent",
      listKind: "VolumeSnapshotContentList",
      page: snapshots("volumesnapshotcontents"),
    },
    {
      kind: "Node",
      listKind: "NodeList",
      page: async (c, l) => typed(await core.listNode({ _continue: c, limit: l })),
    },
    {
      kind: "Pod",
      listKind: "PodList",
      page: async (c, l) => typed(await core.listPodForAllNamespaces({ _continue: c, limit: l })),
    },
  ];
}

class RequestTimeout extends Error {}

function statusOf(error: unknown): number | undefined {
  return error instanceof ApiException ? error.code : undefined;
}

/** 429 and 5xx, timeouts and broken connections pass; anything else is the answer. */
function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status === 429 || status >= 500;
  return true;
}

function explain(error: unknown): string {
  const status = statusOf(error);
  if (status === 403) return "forbidden: the service account may not list this kind (see deploy/rbac.yaml)";
  if (status === 404) return "API not served by this cluster (CRD not installed, or Kubernetes too old)";
  if (status === 410)
    return "the listing expired before it was read to the end (410 Gone); try a larger page size";
  if (error instanceof RequestTimeout) return error.message;
  return error instanceof Error ? (error.message.split("\n")[0] ?? String(error)) : String(error);
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestTimeout(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Lists every kind Tierscope observes from a live cluster, read-only, and yields each object once.
 * Pages are requested with `limit`/`continue`; transient failures are retried with exponential
 * backoff, within a time bound per kind. A kind whose API is absent or forbidden, or whose listing
 * could not finish, is reported in `outcomes` as incomplete (so nothing is deemed deleted for it),
 * and the listing goes on with the next kind.
 */
export function listClusterObjects(config: KubeConfig, options: ListOptions) {
  const outcomes = new Map<KubeKind, KindOutcome>();
  async function* objects(): AsyncGenerator<RawObject> {
    for (const lister of listers(config)) {
      const deadline = options.now() + options.kindTimeoutMs;
      let continueToken: string | undefined;
      let pageNo = 0;
      try {
        do {
          let page: Page | undefined;
          for (let attempt = 1; !page; attempt++) {
            try {
              const remaining = deadline - options.now();
              if (remaining <= 0)
                throw new RequestTimeout(`listing took longer than ${options.kindTimeoutMs} ms`);
              page = await withTimeout(
                lister.page(continueToken, options.pageSize),
                Math.min(options.requestTimeoutMs, remaining),
              );
            } catch (error) {
              const outOfTime = options.now() >= deadline;
              if (!isTransient(error) || attempt >= options.attempts || outOfTime) throw error;
              await options.sleep(Math.min(200 * 2 ** (attempt - 1), 5000));
            }
          }
          for (const [i, item] of page.items.entries()) {
            yield {
              value: item,
              position: `${lister.kind} page ${pageNo} item ${i}`,
              inList: true,
              listKind: lister.listKind,
            };
          }
          continueToken = page.continueToken;
          pageNo++;
        } while (continueToken);
        outcomes.set(lister.kind, { complete: true });
      } catch (error) {
        outcomes.set(lister.kind, { complete: false, error: explain(error) });
      }
    }
  }
  return { objects: objects(), outcomes: () => outcomes };
}
