/** The three ways a cluster reports in, each as the commands to run. Shown on the Imports page. */
const WAYS = [
  {
    title: "An in-cluster collector (recommended)",
    text: "Create a collector token for the cluster, then install the Helm chart with its collector, or run the collector anywhere that reaches both the cluster and this server. It pushes every hour; a token for one cluster cannot write another.",
    commands: [
      "tierscope tokens create --name prod-eks-collector --scope collector --cluster prod-eks",
      "tierscope collect --server https://tierscope.example.com --token-file token.txt --cluster prod-eks",
    ],
  },
  {
    title: "A live cluster, from your machine",
    text: "Reads every storage kind read-only through your kubeconfig (get and list only) and brings the cluster's costs up to date.",
    commands: ["tierscope import kube --cluster prod-eks --context prod-eks"],
  },
  {
    title: "A dump",
    text: "kubectl's JSON or YAML output, as files or directories; the same dump twice changes nothing.",
    commands: [
      "kubectl get storageclass,pv,pvc,volumesnapshotclass,volumesnapshot,volumesnapshotcontent,node,pod -A -o json > dump.json",
      "tierscope import files --cluster prod-eks dump.json",
    ],
  },
] as const;

export function ConnectACluster() {
  return (
    <details className="rounded-md border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-medium text-slate-900">Connect a cluster</summary>
      <div className="mt-3 space-y-4">
        {WAYS.map((way) => (
          <section key={way.title}>
            <h2 className="font-medium text-slate-900 text-sm">{way.title}</h2>
            <p className="mt-1 text-slate-600 text-sm">{way.text}</p>
            {way.commands.map((command) => (
              <pre
                key={command}
                className="mt-2 overflow-x-auto rounded bg-slate-900 p-2 text-slate-100 text-xs"
              >
                {command}
              </pre>
            ))}
          </section>
        ))}
        <p className="text-slate-600 text-sm">
          Metrics (volume usage, GPU utilisation, I/O pressure) come from Prometheus with{" "}
          <code>tierscope import metrics</code>. The README's "Importing inventory" and "Running in a cluster"
          sections say more.
        </p>
      </div>
    </details>
  );
}
