import type { BundledPrice } from "./types";

// GCP list prices per GiB-month (Catalog unit "GiBy.mo"), us-central1 unless a region says otherwise,
// pricing.md §1.3. Multi-region prices use the location "us".

const CY = "gcp-cyclenerd-2026-07";
const R = "us-central1";

const gib = (product: string, price: string, source = CY, region = R): BundledPrice => ({
  source,
  provider: "gcp",
  region,
  product,
  component: "capacity",
  unit: "GiB_month",
  price,
});

export const GCP_PRICES: BundledPrice[] = [
  gib("gce-pd-standard", "0.04"),
  gib("gce-pd-standard-regional", "0.08"),
  gib("gce-pd-balanced", "0.10"),
  gib("gce-pd-balanced-regional", "0.20"),
  gib("gce-pd-ssd", "0.17"),
  gib("gce-pd-ssd-regional", "0.34"),
  gib("gce-pd-extreme", "0.125"),
  {
    source: "gcp-infracost-compute-disk",
    provider: "gcp",
    region: R,
    product: "gce-pd-extreme",
    component: "iops",
    unit: "IOPS_month",
    price: "0.065",
  },
  gib("gce-hyperdisk-extreme", "0.125"),
  {
    source: "gcp-infracost-compute-disk",
    provider: "gcp",
    region: R,
    product: "gce-hyperdisk-extreme",
    component: "iops",
    unit: "IOPS_month",
    price: "0.032",
  },
  // Hyperdisk Balanced capacity is only known for us-east1 (South Carolina); its IOPS and throughput
  // above the free 3,000 IOPS / 140 MiB/s are not known anywhere yet.
  gib("gce-hyperdisk-balanced", "0.08", "gcp-sku-rows-us-east1", "us-east1"),
  gib("gce-local-ssd", "0.08"),
  { ...gib("gce-pd-snapshot", "0.05"), component: "snapshot_standard" },
  {
    ...gib("gce-pd-snapshot", "0.019", "gcp-sku-rows-us-east1", "us-east1"),
    component: "snapshot_archive",
  },
  {
    ...gib("gce-pd-snapshot-multiregional", "0.065", "gcp-sku-rows-us-east1", "us"),
    component: "snapshot_standard",
  },
  {
    source: "gcp-filestore-pricing-page",
    provider: "gcp",
    region: "us-west1",
    product: "filestore-basic-hdd",
    component: "capacity",
    unit: "GiB_hour",
    price: "0.000274",
  },
  // One Catalog SKU bills Basic HDD in Iowa, South Carolina and Oregon alike, so Google's Oregon
  // example is the us-central1 price too.
  {
    source: "gcp-filestore-basic-hdd-iowa",
    provider: "gcp",
    region: R,
    product: "filestore-basic-hdd",
    component: "capacity",
    unit: "GiB_hour",
    price: "0.000274",
    sku: "Filestore Capacity Basic HDD (Standard) Iowa/South Carolina/Oregon",
  },
  gib("gcs-standard", "0.020"),
  gib("gcs-nearline", "0.010"),
  gib("gcs-coldline", "0.004"),
  gib("gcs-archive", "0.0012"),
  gib("gcs-standard", "0.026", CY, "us"),
  gib("gcs-nearline", "0.015", CY, "us"),
  gib("gcs-coldline", "0.007", CY, "us"),
  gib("gcs-archive", "0.0024", CY, "us"),
];
