import type { NamespaceFields } from "./normalized-object";
import type { ObjectReader } from "./object-reader";
import type { ObjectMetadata } from "./read-metadata";

const COST_CENTRE_LABELS = ["cost-centre", "cost-center", "costcenter", "cost_center"];

export function normalizeNamespace(r: ObjectReader, meta: ObjectMetadata): NamespaceFields {
  const labels = r.stringMap("metadata.labels");
  const costCentreLabel = COST_CENTRE_LABELS.find((key) => labels[key]);
  return {
    name: meta.name,
    uid: meta.uid,
    labels,
    costCentre: costCentreLabel ? (labels[costCentreLabel] as string) : null,
    createdAt: meta.createdAt,
  };
}
