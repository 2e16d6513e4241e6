import { describe, it } from "vitest";
import { type Case, expectCase, GIB } from "./table-test-helpers";

// StorageClasses in the formats the drivers document, priced against the bundled catalog for one
// volume of a given size. Every expected price is worked by hand in the comment beside it.

const CASES: Case[] = [
  // regional pd-balanced: 200 × 0.20 = 40
  {
    name: "pd-balanced regional 200 GiB",
    provider: "gcp",
    provisioner: "pd.csi.storage.gke.io",
    parameters: { type: "pd-balanced", "replication-type": "regional-pd" },
    sizeGib: 200,
    components: { capacity: "40" },
    status: "priced",
    monthly: "40",
    product: "gce-pd-balanced-regional",
  },
  // 100 × 0.17 = 17
  {
    name: "pd-ssd 100 GiB",
    provider: "gcp",
    provisioner: "pd.csi.storage.gke.io",
    parameters: { type: "pd-ssd" },
    sizeGib: 100,
    components: { capacity: "17" },
    status: "priced",
    monthly: "17",
  },
  // in-tree default pd-standard: 100 × 0.04 = 4
  {
    name: "in-tree kubernetes.io/gce-pd (k9s capture)",
    provider: "gcp",
    provisioner: "kubernetes.io/gce-pd",
    parameters: { type: "pd-standard" },
    sizeGib: 100,
    components: { capacity: "4" },
    status: "priced",
    monthly: "4",
  },
  // 500 × 0.125 = 62.5; 10,000 × 0.065 = 650 → 712.5
  {
    name: "pd-extreme at 10,000 IOPS",
    provider: "gcp",
    provisioner: "pd.csi.storage.gke.io",
    parameters: { type: "pd-extreme", "provisioned-iops-on-create": "10000" },
    sizeGib: 500,
    components: { capacity: "62.5", iops: "650" },
    status: "priced",
    monthly: "712.5",
  },
  // us-east1: 100 × 0.08 = 8; 3,000 IOPS and 140 MiB/s are included
  {
    name: "hyperdisk-balanced within its baseline (us-east1)",
    provider: "gcp",
    region: "us-east1",
    provisioner: "pd.csi.storage.gke.io",
    parameters: {
      type: "hyperdisk-balanced",
      "provisioned-iops-on-create": "3000",
      "provisioned-throughput-on-create": "140Mi",
    },
    sizeGib: 100,
    components: { capacity: "8", iops: "0", throughput: "0" },
    status: "priced",
    monthly: "8",
  },
  {
    name: "hyperdisk-balanced above its baseline has no known IOPS price",
    provider: "gcp",
    region: "us-east1",
    provisioner: "pd.csi.storage.gke.io",
    parameters: {
      type: "hyperdisk-balanced",
      "provisioned-iops-on-create": "10000",
      "provisioned-throughput-on-create": "800Mi",
    },
    sizeGib: 100,
    components: { capacity: "8", iops: null, throughput: null },
    status: "unpriced",
    monthly: null,
  },
  // us-west1 Basic HDD: 1,024 × 0.000274 × 730 = 204.82048
  {
    name: "filestore.csi.storage.gke.io standard in us-west1",
    provider: "gcp",
    region: "us-west1",
    provisioner: "filestore.csi.storage.gke.io",
    parameters: { tier: "standard", network: "default" },
    sizeGib: 1024,
    components: { capacity: "204.82048" },
    status: "priced",
    monthly: "204.82048",
    product: "filestore-basic-hdd",
  },
  {
    name: "filestore ZONAL has no known price",
    provider: "gcp",
    provisioner: "filestore.csi.storage.gke.io",
    parameters: { tier: "ZONAL", network: "default" },
    sizeGib: 1024,
    components: { capacity: null },
    status: "unpriced",
    monthly: null,
  },
  {
    name: "lustre.csi.storage.gke.io at 1000 MB/s/TiB has no known price",
    provider: "gcp",
    provisioner: "lustre.csi.storage.gke.io",
    parameters: { perUnitStorageThroughput: "1000", network: "projects/p/global/networks/n" },
    sizeGib: 9000,
    components: { capacity: null },
    status: "unpriced",
    monthly: null,
    product: "managed-lustre-1000",
  },
  // 10 GiB stored × 0.020 = 0.2
  {
    name: "gcsfuse.csi.storage.gke.io with 10 GiB stored",
    provider: "gcp",
    provisioner: "gcsfuse.csi.storage.gke.io",
    parameters: {},
    sizeGib: 5,
    storedBytes: 10n * GIB,
    components: { capacity: "0.2" },
    status: "priced",
    monthly: "0.2",
  },
];

describe("pricing GCP: PD and Hyperdisk, Filestore, Managed Lustre, gcsfuse the way the provider bills them", () => {
  it.each(CASES)("$name", expectCase);
});
