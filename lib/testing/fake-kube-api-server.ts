import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for a Kubernetes API server: list endpoints with real `limit`/`continue`
// pagination, Status errors, and faults to order (403, 404, transient 503/429, slow pages).

const PATHS: Record<string, { path: string; listKind: string; apiVersion: string }> = {
  Namespace: { path: "/api/v1/namespaces", listKind: "NamespaceList", apiVersion: "v1" },
  StorageClass: {
    path: "/apis/storage.k8s.io/v1/storageclasses",
    listKind: "StorageClassList",
    apiVersion: "storage.k8s.io/v1",
  },
  VolumeAttributesClass: {
    path: "/apis/storage.k8s.io/v1/volumeattributesclasses",
    listKind: "VolumeAttributesClassList",
    apiVersion: "storage.k8s.io/v1",
  },
  PersistentVolume: { path: "/api/v1/persistentvolumes", listKind: "PersistentVolumeList", apiVersion: "v1" },
  PersistentVolumeClaim: {
    path: "/api/v1/persistentvolumeclaims",
    listKind: "PersistentVolumeClaimList",
    apiVersion: "v1",
  },
  VolumeSnapshotClass: {
    path: "/apis/snapshot.storage.k8s.io/v1/volumesnapshotclasses",
    listKind: "VolumeSnapshotClassList",
    apiVersion: "snapshot.storage.k8s.io/v1",
  },
  VolumeSnapshot: {
    path: "/apis/snapshot.storage.k8s.io/v1/volumesnapshots",
    listKind: "VolumeSnapshotList",
    apiVersion: "snapshot.storage.k8s.io/v1",
  },
  VolumeSnapshotContent: {
    path: "/apis/snapshot.storage.k8s.io/v1/volumesnapshotcontents",
    listKind: "VolumeSnapshotContentList",
    apiVersion: "snapshot.storage.k8s.io/v1",
  },
  Node: { path: "/api/v1/nodes", listKind: "NodeList", apiVersion: "v1" },
  Pod: { path: "/api/v1/pods", listKind: "PodList", apiVersion: "v1" },
};

export interface Fault {
  /** Answer every request with this status (403 Forbidden, 404 for an absent CRD). */
  status?: number;
  /** Answer the first N requests with 503 (or `transientStatus`). */
  transientFailures?: number;
  transientStatus?: number;
  /** Delay the first request by this many ms (a slow page). */
  firstRequestDelayMs?: number;
}

export interface FakeKubeApi {
  url: string;
  token: string;
  requests: { path: string; query: URLSearchParams; authorization?: string }[];
  close(): Promise<void>;
}

function status(code: number, reason: string, message: string) {
  return JSON.stringify({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message,
    reason,
    code,
  });
}

export async function startFakeKubeApi(
  objects: Partial<Record<keyof typeof PATHS, unknown[]>>,
  faults: Partial<Record<keyof typeof PATHS, Fault>> = {},
): Promise<FakeKubeApi> {
  const token = "test-token";
  const requests: FakeKubeApi["requests"] = [];
  const counts = new Map<string, number>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push({ path: url.pathname, query: url.searchParams, authorization: req.headers.authorization });
    const entry = Object.entries(PATHS).find(([, p]) => p.path === url.pathname);
    res.setHeader("content-type", "application/json");
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.statusCode = 401;
      res.end(status(401, "Unauthorized", "Unauthorized"));
      return;
    }
    if (!entry) {
      res.statusCode = 404;
      res.end(status(404, "NotFound", "the server could not find the requested resource"));
      return;
    }
    const [kind, info] = entry as [keyof typeof PATHS, (typeof PATHS)[string]];
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    const fault = faults[kind] ?? {};
    if (fault.status) {
      res.statusCode = fault.status;
      res.end(
        status(
          fault.status,
          fault.status === 403 ? "Forbidden" : "NotFound",
          `${info.path}: ${fault.status}`,
        ),
      );
      return;
    }
    if (fault.transientFailures && n <= fault.transientFailures) {
      res.statusCode = fault.transientStatus ?? 503;
      res.end(status(res.statusCode, "ServiceUnavailable", "try again"));
      return;
    }
    const answer = () => {
      const all = objects[kind] ?? [];
      const limit = Number(url.searchParams.get("limit") ?? all.length) || all.length;
      const offset = url.searchParams.get("continue")
        ? Number(Buffer.from(url.searchParams.get("continue") as string, "base64").toString())
        : 0;
      const items = all.slice(offset, offset + limit);
      const next =
        offset + limit < all.length ? Buffer.from(String(offset + limit)).toString("base64") : undefined;
      res.end(
        JSON.stringify({
          kind: info.listKind,
          apiVersion: info.apiVersion,
          metadata: {
            resourceVersion: "1000",
            ...(next ? { continue: next, remainingItemCount: all.length - offset - limit } : {}),
          },
          items,
        }),
      );
    };
    if (fault.firstRequestDelayMs && n === 1) setTimeout(answer, fault.firstRequestDelayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A kubeconfig file's text pointing at the fake server. */
export function kubeconfigFor(api: FakeKubeApi, context = "fake"): string {
  return JSON.stringify({
    apiVersion: "v1",
    kind: "Config",
    // Plain HTTP on loopback: client-node only allows it with TLS verification switched off.
    clusters: [{ name: "fake", cluster: { server: api.url, "insecure-skip-tls-verify": true } }],
    users: [{ name: "reader", user: { token: api.token } }],
    contexts: [{ name: context, context: { cluster: "fake", user: "reader" } }],
    "current-context": context,
  });
}
