import { Dec } from "../decimal";
import { productInfo } from "../products";
import { parseQuantity } from "../quantity";
import type { Provider } from "../types";
import type { Parameters, Performance, ResolvedProduct, ResolveInput } from "./types";

/**
 * Case-insensitive parameter lookup: the EBS, Azure and GCE PD drivers all match StorageClass
 * parameter keys case-insensitively (aws-ebs-csi-driver docs/parameters.md: "all parameters are
 * case insensitive"). Later maps win, so a VolumeAttributesClass overrides its StorageClass.
 */
export function param(maps: (Parameters | undefined | null)[], ...keys: string[]): string | undefined {
  const wanted = keys.map((k) => k.toLowerCase());
  let found: string | undefined;
  for (const map of maps) {
    if (!map) continue;
    for (const [key, value] of Object.entries(map)) {
      if (wanted.includes(key.toLowerCase()) && value !== "") found = value;
    }
  }
  return found;
}

export function positiveNumber(text: string | undefined): Dec | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return new Dec(trimmed);
}

/** "800Mi" → 800 MiB/s (GCE PD's provisioned-throughput); a bare number is read as MiB/s. */
export function mibPerSecond(text: string | undefined): Dec | null {
  if (text === undefined) return null;
  const plain = positiveNumber(text);
  if (plain) return plain;
  const bytes = parseQuantity(text);
  return bytes === null ? null : bytes.div(new Dec(2).pow(20));
}

export const known = (value: Dec, source: string): Performance => ({ value, source });
export const unknown = (reason: string): Performance => ({ value: null, reason });

/** The region a volume lives in: the PV's own, then its zone's, then the cluster's. */
export function volumeRegion(input: ResolveInput): string | null {
  const v = input.volume;
  if (v?.region) return v.region;
  if (v?.zone) return regionOfZone(input.cluster.provider, v.zone);
  return input.cluster.region;
}

export function regionOfZone(provider: Provider, zone: string): string {
  if (provider === "aws") return zone.replace(/[a-z]$/, ""); // us-east-1a → us-east-1
  if (provider === "gcp") return zone.replace(/-[a-z]$/, ""); // us-central1-c → us-central1
  if (provider === "azure") return zone.replace(/-\d+$/, ""); // eastus-1 → eastus
  return zone;
}

export function product(
  input: ResolveInput,
  provider: Provider,
  id: string,
  extra: Partial<ResolvedProduct> = {},
): ResolvedProduct | { kind: "unknown"; label: string; reason: string; notes: string[] } {
  const info = productInfo(id);
  const region = volumeRegion(input);
  const notes = extra.notes ?? [];
  if (!info) return { kind: "unknown", label: id, reason: `${id} is not a product Tierscope knows`, notes };
  if (!region) {
    return {
      kind: "unknown",
      label: info.label,
      reason: "the cluster's region is unknown: set it to price its volumes",
      notes,
    };
  }
  return {
    kind: "product",
    provider,
    region,
    product: id,
    label: info.label,
    basis: info.basis,
    snapshotProduct: null,
    ...extra,
    notes,
  };
}
