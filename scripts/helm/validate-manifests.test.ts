import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { validateKubernetesObject } from "./kubernetes-schemas";
import { renderPlainManifests } from "./plain-manifests";
import { renderChart } from "./render-chart";

const PLAIN = path.resolve(import.meta.dirname, "../../deploy/kubernetes");

const everything = {
  database: { url: "postgresql://tierscope:secret@db:5432/tierscope" },
  oidc: { existingSecret: "oidc" },
  smtp: { existingSecret: "smtp" },
  metrics: { existingSecret: "metrics" },
  collector: { clusterName: "eks-prod", tokenSecret: "collector-token" },
  ingress: {
    enabled: true,
    className: "nginx",
    hosts: [{ host: "ts.example.com", paths: [{ path: "/", pathType: "Prefix" }] }],
    tls: [{ hosts: ["ts.example.com"], secretName: "ts-tls" }],
  },
  networkPolicy: { enabled: true, ingressNamespaceSelector: { matchLabels: { name: "ingress" } } },
  server: { extraEnv: [{ name: "TZ", value: "UTC" }], nodeSelector: { pool: "general" } },
};

describe("rendered manifests", () => {
  it("every object of the chart, with every option on, meets the Kubernetes schemas", async () => {
    const { objects } = renderChart({ release: "ts", namespace: "finops", values: everything });
    expect(objects).toHaveLength(11);
    for (const object of objects) await validateKubernetesObject(object);
  });

  it("the schemas catch a wrong type (the check can fail)", async () => {
    const { objects } = renderChart({ release: "ts", namespace: "finops", values: everything });
    const deployment = structuredClone(objects.find((o) => o.kind === "Deployment")) as Record<string, any>;
    deployment.spec.replicas = "two";
    await expect(validateKubernetesObject(deployment)).rejects.toThrow(/Deployment\/ts-tierscope/);
  });

  it("the plain manifests are the chart's render, and kubectl's kustomize builds valid objects from them", async () => {
    expect(readFileSync(path.join(PLAIN, "tierscope.yaml"), "utf8"), "run npm run manifests").toBe(
      renderPlainManifests(),
    );
    const built = execFileSync("kubectl", ["kustomize", PLAIN], { encoding: "utf8" });
    const objects = parseAllDocuments(built).map((d) => d.toJS() as Record<string, any>);
    expect(objects.map((o) => o.kind).sort()).toEqual([
      "ClusterRole",
      "ClusterRoleBinding",
      "CronJob",
      "Deployment",
      "Job",
      "PodDisruptionBudget",
      "Service",
      "ServiceAccount",
    ]);
    for (const object of objects) await validateKubernetesObject(object);
    const role = objects.find((o) => o.kind === "ClusterRole");
    expect(new Set(role?.rules.flatMap((r: { verbs: string[] }) => r.verbs))).toEqual(
      new Set(["get", "list", "watch"]),
    );
  });
});
