import type { ScenarioBuilder } from "./demo-scenario-builder";
import { DAY_MS } from "./demo-time";

/**
 * JupyterHub home volumes (`claim-<user>`), one per researcher. Most are in use; some belong to people
 * who stopped using them weeks ago (bound, unmounted, mostly empty: waste), and the oldest were
 * created on the class the cluster started with (gp2 on EKS).
 */
export interface NotebookSpec {
  namespace: string;
  users: readonly string[];
  legacyClass: string;
  currentClass: string;
  /** When new claims started landing on currentClass. */
  switchedDaysAgo: number;
  pool: string;
}

export function notebookHomes(b: ScenarioBuilder, spec: NotebookSpec): void {
  const random = b.random.fork(`notebooks/${spec.namespace}`);
  const namespace = b.namespaces.find((ns) => ns.name === spec.namespace);
  if (!namespace) throw new Error(`notebooks: no namespace ${spec.namespace}`);
  const namespaceAgeDays = Math.floor((b.clock.anchor.getTime() - namespace.createdAt.getTime()) / DAY_MS);

  spec.users.forEach((user, index) => {
    const createdDaysAgo = random.int(25, namespaceAgeDays - 2);
    // Every third home belongs to someone who stopped using it at least five weeks ago.
    const idle = index % 3 === 2 && createdDaysAgo > 45;
    const gi = random.pick([100, 200, 256, 500]);
    const name = `claim-${user}`;
    const node = b.node(spec.pool, index);
    b.claim({
      namespace: spec.namespace,
      name,
      storageClass: createdDaysAgo > spec.switchedDaysAgo ? spec.legacyClass : spec.currentClass,
      gi,
      createdAt: b.ago(createdDaysAgo, -random.float(8, 18)),
      zone: node.zone,
      labels: { app: "jupyterhub", component: "singleuser-storage", "hub.jupyter.org/username": user },
      usage: idle ? [0.04, random.float(0.1, 0.2)] : [0.05, random.float(0.3, 0.7)],
    });
    const lastEndDaysAgo = idle ? random.int(35, Math.min(80, createdDaysAgo - 3)) : 0;
    const startDaysAgo = idle
      ? Math.min(createdDaysAgo - 1, lastEndDaysAgo + random.int(3, 15))
      : random.float(0.3, Math.min(12, createdDaysAgo - 1));
    const endedAt = idle ? b.ago(lastEndDaysAgo, random.float(2, 20)) : undefined;
    b.pod({
      namespace: spec.namespace,
      name: `jupyter-${user}`,
      idKey: idle ? "last-session" : "current-session",
      node,
      startedAt: b.ago(startDaysAgo, random.float(0, 6)),
      // JupyterHub culls idle servers: the pod is deleted, its home claim stays.
      finishedAt: endedAt,
      deletedAt: endedAt,
      container: "notebook",
      labels: { app: "jupyterhub", component: "singleuser-server", "hub.jupyter.org/username": user },
      volumes: [{ name: "home", type: "persistentVolumeClaim", claimName: name, role: "other" }],
    });
  });
}
