import type { Db } from "../../db/prisma";
import { sourceText } from "../../pricing/price-provenance";
import { parseBytes } from "../../pricing/quantity";
import type { SerializedPricedVolume } from "../../pricing/serialize";
import { UNIT_LABEL } from "../../pricing/units";
import { getClusterByNameOrThrow } from "../../services/clusters/get-cluster-by-name";
import {
  getStorageClassPricing,
  type StorageClassPricing,
} from "../../services/pricing/get-storage-class-pricing";
import { systemContext } from "../../services/service-context";
import { formatTable } from "./table";

export interface ShowOptions {
  cluster?: string;
  storageClass?: string;
  size?: string;
  format: "table" | "json";
}

/** `tierscope prices show`: what each StorageClass resolves to, component by component. */
export async function showPrices(db: Db, options: ShowOptions, now: Date): Promise<string> {
  if (options.storageClass && !options.cluster)
    throw new Error("--storage-class needs --cluster: class names repeat across clusters");
  const ctx = systemContext("prices show");
  if (options.cluster) await getClusterByNameOrThrow(db, { ctx, input: { name: options.cluster } });
  const referenceBytes = options.size === undefined ? undefined : parseBytes(options.size);
  if (referenceBytes === null)
    throw new Error(`--size "${options.size}" is not a Kubernetes quantity such as 500Gi`);
  const result = await getStorageClassPricing(db, {
    ctx,
    input: { now, cluster: options.cluster, storageClass: options.storageClass, size: options.size },
  });
  if (options.storageClass && result.storageClasses.length === 0) {
    throw new Error(`No StorageClass "${options.storageClass}" in cluster "${options.cluster}"`);
  }
  if (options.format === "json") return JSON.stringify(result, null, 2);
  return result.storageClasses.map(describeClass).join("\n\n");
}

function money(amount: string | null, currency: string) {
  return amount === null ? "unpriced" : `${Number(amount).toFixed(2)} ${currency}`;
}

function describeClass(sc: StorageClassPricing): string {
  const priced: SerializedPricedVolume = sc.reference.priced;
  const gib = (Number(sc.reference.sizeBytes) / 1024 ** 3).toFixed(0);
  const head = [
    `${sc.clusterName}/${sc.storageClassName ?? "(no class)"}  ${sc.provisioner ?? "?"} → ${sc.resolution.label}${priced.region ? ` (${priced.region})` : ""}`,
    `  ${priced.status}: ${money(priced.monthlyCost, priced.currency)} a month for ${gib} GiB${priced.reason ? ` — ${priced.reason}` : ""}`,
    ...priced.notes.map((n) => `  note: ${n}`),
  ];
  const rows = priced.components.map((c) => [
    `  ${c.component}`,
    c.quantity === null ? "?" : `${c.quantity} ${c.quantityUnit}`,
    c.tierLabel ??
      (c.unitPrice === null && c.slices.length > 0
        ? c.slices.map((s) => `${s.quantity}×${s.unitPrice}`).join(" + ")
        : (c.unitPrice ?? "—")),
    c.unit ? `per ${UNIT_LABEL[c.unit]}` : "",
    money(c.monthlyCost, c.currency),
    c.source ? `${sourceText(c.source)}: ${c.source.description}` : (c.reason ?? ""),
  ]);
  const statuses =
    Object.entries(sc.volumes.byStatus)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status}`)
      .join(", ") || "none";
  // A total over partly priced volumes would understate the bill: say how many have no price instead.
  const volumes =
    sc.volumes.unpricedVolumes > 0
      ? `  volumes: ${sc.volumes.count} (${statuses}): no total, ${sc.volumes.unpricedVolumes} unpriced`
      : `  volumes: ${sc.volumes.count} (${statuses}): ${money(sc.volumes.monthlyCost, sc.volumes.currency)} a month`;
  const snapshot = sc.snapshotPrice
    ? `  snapshots: ${sc.snapshotPrice.unitPrice} ${sc.snapshotPrice.currency} per ${UNIT_LABEL[sc.snapshotPrice.unit]} of stored data (${sc.snapshotPrice.source.kind} ${sc.snapshotPrice.source.sourceDate})`
    : "";
  return [
    ...head,
    rows.length
      ? formatTable(["  COMPONENT", "QUANTITY", "UNIT PRICE", "UNIT", "MONTHLY", "SOURCE"], rows)
      : "",
    snapshot,
    volumes,
  ]
    .filter(Boolean)
    .join("\n");
}
