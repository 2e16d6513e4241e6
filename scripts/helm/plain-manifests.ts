import { renderChart } from "./render-chart";

/**
 * The chart rendered for users without Helm (deploy/kubernetes/tierscope.yaml, applied with
 * `kubectl apply -k deploy/kubernetes`): release and namespace `tierscope`, secrets they create
 * themselves, and a cluster name their kustomization patches.
 */
export function renderPlainManifests(): string {
  const { manifest } = renderChart({
    release: "tierscope",
    namespace: "tierscope",
    values: {
      database: { existingSecret: "tierscope-database" },
      collector: { clusterName: "my-cluster", tokenSecret: "tierscope-collector-token" },
    },
  });
  return `# Generated from deploy/helm/tierscope by \`npm run manifests\`; edit the chart, not this file.\n${manifest}`;
}
