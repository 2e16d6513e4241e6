import type { Dec } from "../decimal";
import type { ProductBasis } from "../products";
import type { Provider } from "../types";

export type Parameters = Record<string, string>;

export interface StorageClassInput {
  name: string;
  provisioner: string;
  parameters: Parameters;
}

export interface VolumeAttributesClassInput {
  name: string;
  driverName: string;
  parameters: Parameters;
}

/** What a PersistentVolume adds: its own region/zone, CSI attributes and annotations. */
export interface VolumeInput {
  capacityBytes?: bigint | null;
  region?: string | null;
  zone?: string | null;
  csiDriver?: string | null;
  volumeAttributes?: Parameters;
  annotations?: Parameters;
}

export interface ResolveInput {
  storageClass: StorageClassInput | null;
  volumeAttributesClass?: VolumeAttributesClassInput | null;
  volume?: VolumeInput;
  cluster: { provider: Provider; region: string | null };
}

/** A provisioned performance figure: known, or unknown with the reason. */
export type Performance = { value: Dec; source: string } | { value: null; reason: string };

export interface ResolvedProduct {
  kind: "product";
  provider: Provider;
  region: string;
  product: string;
  label: string;
  basis: ProductBasis;
  /** Provisioned IOPS, when the product bills them. */
  iops?: Performance;
  /** Provisioned throughput in the product's unit (MiB/s on AWS and GCP, MB/s on Azure). */
  throughput?: Performance;
  snapshotProduct: string | null;
  notes: string[];
}

export type Resolution =
  | ResolvedProduct
  | { kind: "included"; label: string; reason: string; notes: string[] }
  | { kind: "unknown"; label: string; reason: string; notes: string[] };

export const INCLUDED_IN_INSTANCE =
  "included in the instance price: local disks have no separate storage charge";
