import type { NamespaceLabelRules } from "../../settings/namespace-label-rules";
import type { NamespaceFields } from "./normalized-object";
import type { ObjectReader } from "./object-reader";
import type { ObjectMetadata } from "./read-metadata";

/** A namespace's columns; its cost centre is the first of the rules' cost-centre labels it carries. */
export function normalizeNamespace(
  r: ObjectReader,
  meta: ObjectMetadata,
  rules: Pick<NamespaceLabelRules, "costCentreLabels">,
): NamespaceFields {
  const labels = r.stringMap("metadata.labels");
  const costCentreLabel = rules.costCentreLabels.find((key) => labels[key]);
  return {
    name: meta.name,
    uid: meta.uid,
    labels,
    costCentre: costCentreLabel ? (labels[costCentreLabel] as string) : null,
    createdAt: meta.createdAt,
  };
}
