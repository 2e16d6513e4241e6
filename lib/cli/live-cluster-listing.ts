import { KubeConfig } from "@kubernetes/client-node";
import { InvalidArgumentError } from "commander";
import { type ListOptions, listClusterObjects } from "../ingest/kube/list-cluster-objects";

export interface LiveClusterOptions {
  kubeconfig?: string;
  context?: string;
  pageSize: number;
  timeout: number;
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("Expected a whole number above 0.");
  return n;
}

/** Kubeconfig from --kubeconfig, $KUBECONFIG or ~/.kube/config; inside a pod, its service account. */
export function loadKubeConfig(options: LiveClusterOptions): KubeConfig {
  const config = new KubeConfig();
  if (options.kubeconfig) config.loadFromFile(options.kubeconfig);
  else config.loadFromDefault();
  if (options.context) {
    if (!config.getContexts().some((c) => c.name === options.context)) {
      throw new Error(`--context ${options.context}: no such context in the kubeconfig`);
    }
    config.setCurrentContext(options.context);
  }
  if (!config.getCurrentCluster())
    throw new Error("no cluster to read: give --kubeconfig, or run inside a pod");
  return config;
}

/** Lists every observed kind of the cluster, as `import kube` and `collect` both do. */
export function listLiveCluster(config: KubeConfig, options: LiveClusterOptions) {
  const listOptions: ListOptions = {
    pageSize: options.pageSize,
    requestTimeoutMs: 60_000,
    kindTimeoutMs: options.timeout * 1000,
    attempts: 5,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  };
  return listClusterObjects(config, listOptions);
}

/** `context (server)`: where a live listing came from, for the Imports page. */
export function describeKubeSource(config: KubeConfig): string {
  return `${config.getCurrentContext()} (${config.getCurrentCluster()?.server})`;
}
