import { describe, expect, it } from "vitest";
import { renderChart } from "./render-chart";

const values = {
  database: { url: "postgresql://tierscope:secret@db:5432/tierscope" },
  collector: { clusterName: "eks-prod", tokenSecret: "tierscope-collector-token" },
};

function byKind(objects: Record<string, unknown>[], kind: string) {
  return objects.filter((o) => o.kind === kind) as Record<string, any>[];
}

describe("the Helm chart", () => {
  it("renders the server, its probes and security context, migrations before upgrade, and the collector", () => {
    const { objects, notes } = renderChart({ release: "ts", namespace: "finops", values });
    expect(objects.map((o) => `${o.kind}/${(o.metadata as { name: string }).name}`)).toEqual([
      "CronJob/ts-tierscope-collector",
      "ServiceAccount/ts-tierscope-collector",
      "ClusterRole/ts-tierscope-collector",
      "ClusterRoleBinding/ts-tierscope-collector",
      "Deployment/ts-tierscope",
      "Job/ts-tierscope-migrate",
      "PodDisruptionBudget/ts-tierscope",
      "Secret/ts-tierscope-database",
      "Service/ts-tierscope",
    ]);
    const [deployment] = byKind(objects, "Deployment");
    const container = deployment?.spec.template.spec.containers[0];
    expect(container.readinessProbe.httpGet.path).toBe("/readyz");
    expect(container.livenessProbe.httpGet.path).toBe("/healthz");
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
    });
    expect(deployment?.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(container.envFrom).toEqual([{ secretRef: { name: "ts-tierscope-database" } }]);
    const [job] = byKind(objects, "Job");
    expect(job?.metadata.annotations["helm.sh/hook"]).toBe("pre-install,pre-upgrade");
    const [secret] = byKind(objects, "Secret");
    expect(Buffer.from(secret?.data.DATABASE_URL, "base64").toString()).toBe(values.database.url);
    const [cronJob] = byKind(objects, "CronJob");
    expect(cronJob?.spec.jobTemplate.spec.template.spec.containers[0].args).toEqual([
      "collect",
      "--server",
      "http://ts-tierscope.finops.svc:3000",
      "--token-file",
      "/var/run/tierscope/token",
      "--cluster",
      "eks-prod",
    ]);
    expect(notes).toContain("kubectl -n finops port-forward svc/ts-tierscope 3000");
  });

  it("gives the collector a ClusterRole that can only read", () => {
    const { objects } = renderChart({ release: "ts", namespace: "finops", values });
    const [role] = byKind(objects, "ClusterRole");
    const verbs = new Set((role?.rules as { verbs: string[] }[]).flatMap((rule) => rule.verbs));
    expect([...verbs].sort()).toEqual(["get", "list", "watch"]);
  });

  it("adds the optional Ingress, NetworkPolicy and secrets, and leaves out what is disabled", () => {
    const { objects } = renderChart({
      release: "tierscope",
      namespace: "finops",
      values: {
        database: { existingSecret: "db" },
        oidc: { existingSecret: "oidc" },
        smtp: { existingSecret: "smtp" },
        collector: { enabled: false },
        server: { pdb: { enabled: false } },
        ingress: {
          enabled: true,
          className: "nginx",
          hosts: [{ host: "ts.example.com", paths: [{ path: "/", pathType: "Prefix" }] }],
        },
        networkPolicy: { enabled: true, ingressNamespaceSelector: { matchLabels: { name: "ingress" } } },
      },
    });
    expect(byKind(objects, "CronJob")).toEqual([]);
    expect(byKind(objects, "Secret")).toEqual([]);
    expect(byKind(objects, "PodDisruptionBudget")).toEqual([]);
    const [ingress] = byKind(objects, "Ingress");
    expect(ingress?.spec.rules[0].http.paths[0].backend.service.name).toBe("tierscope");
    const [deployment] = byKind(objects, "Deployment");
    expect(deployment?.spec.template.spec.containers[0].envFrom.map((e: any) => e.secretRef.name)).toEqual([
      "db",
      "oidc",
      "smtp",
    ]);
    expect(byKind(objects, "NetworkPolicy")).toHaveLength(1);
  });

  it("refuses values the schema does not allow, and required values left out", () => {
    expect(() =>
      renderChart({ release: "ts", namespace: "x", values: { ...values, server: { replicas: 0 } } }),
    ).toThrow(/values.schema.json: \/server\/replicas/);
    expect(() =>
      renderChart({
        release: "ts",
        namespace: "x",
        values: { collector: { clusterName: "a", tokenSecret: "t" } },
      }),
    ).toThrow(/database.url \(or database.existingSecret\) is required/);
  });
});
