import type { BundledPrice } from "./types";

// AWS list prices (us-east-1 unless a region says otherwise), as pricing.md §1.1 records them.
// Offer-file units are normalised: "GB-Mo" → GiB_month (AWS bills binary GB), "GiBps-mo" → MiBps_month.

const IE = "aws-infracost-goldens";
const R = "us-east-1";

const capacity = (product: string, price: string, source = IE): BundledPrice => ({
  source,
  provider: "aws",
  region: R,
  product,
  component: "capacity",
  unit: "GiB_month",
  price,
});

const EFS_ELASTIC = "aws-efs-elastic-2026-06";
const S3_REQ = "aws-s3-requests-2026";

/** A price per metered use (GB read or written, one request), billed apart from a volume's month. */
const usage = (
  product: string,
  component: "data_read" | "data_write" | "requests_get" | "requests_put" | "requests_list",
  unit: "GiB" | "request",
  price: string,
  source: string,
  sku: string,
): BundledPrice => ({ source, provider: "aws", region: R, product, component, unit, price, sku });

export const AWS_PRICES: BundledPrice[] = [
  capacity("ebs-gp2", "0.10"),
  capacity("ebs-gp3", "0.08"),
  {
    source: "aws-pricing-test-2026-10",
    provider: "aws",
    region: R,
    product: "ebs-gp3",
    component: "iops",
    unit: "IOPS_month",
    price: "0.005",
    included: "3000",
    note: "IOPS above the 3,000 included (offer beginRange 3000)",
  },
  {
    source: "aws-pricing-test-2026-10",
    provider: "aws",
    region: R,
    product: "ebs-gp3",
    component: "throughput",
    unit: "MiBps_month",
    price: "0.04",
    included: "125",
    note: "MiB/s above the 125 included; published as $40.96 per GiBps-mo = 40.96 / 1024",
  },
  capacity("ebs-io1", "0.125"),
  {
    source: IE,
    provider: "aws",
    region: R,
    product: "ebs-io1",
    component: "iops",
    unit: "IOPS_month",
    price: "0.065",
  },
  capacity("ebs-io2", "0.125"),
  {
    source: "aws-pricing-test-2026-10",
    provider: "aws",
    region: R,
    product: "ebs-io2",
    component: "iops",
    unit: "IOPS_month",
    tierMode: "graduated",
    tiers: [
      { upTo: "32000", label: "tier 1 (EBS:VolumeP-IOPS.io2)", price: "0.065" },
      { upTo: "64000", label: "tier 2 (EBS:VolumeP-IOPS.io2.tier2)", price: "0.0455" },
      { upTo: null, label: "tier 3 (EBS:VolumeP-IOPS.io2.tier3)", price: "0.03185" },
    ],
  },
  capacity("ebs-st1", "0.045"),
  capacity("ebs-sc1", "0.015"),
  { ...capacity("ebs-standard", "0.05"), note: "plus $0.05 per million I/O requests, not modelled" },
  {
    source: IE,
    provider: "aws",
    region: R,
    product: "ebs-snapshot",
    component: "snapshot_standard",
    unit: "GiB_month",
    price: "0.05",
    sku: "EBS:SnapshotUsage",
  },
  {
    source: "aws-snapshot-fetcher-test",
    provider: "aws",
    region: R,
    product: "ebs-snapshot",
    component: "snapshot_archive",
    unit: "GiB_month",
    price: "0.0125",
    sku: "EBS:SnapshotArchiveStorage",
  },
  {
    source: "aws-snapshot-apn1",
    provider: "aws",
    region: "ap-northeast-1",
    product: "ebs-snapshot",
    component: "archive_retrieval",
    unit: "GiB",
    price: "0.03",
    sku: "D79PRYJVUUH2K9F3",
  },
  // EFS bills stored bytes (TimedStorage-ByteHrs), not the PV's nominal capacity.
  capacity("efs-standard", "0.30"),
  capacity("efs-infrequent-access", "0.025"),
  capacity("efs-one-zone", "0.16"),
  capacity("efs-one-zone-ia", "0.0133"),
  {
    source: IE,
    provider: "aws",
    region: R,
    product: "efs-provisioned-throughput",
    component: "throughput",
    unit: "MiBps_month",
    price: "6.00",
  },
  { ...capacity("efs-archive", "0.008", "aws-efs-usw2-test"), region: "us-west-2" },
  // Elastic throughput bills each GB read or written, whatever the storage class (AWS's "GB" is binary).
  usage(
    "efs-elastic-throughput",
    "data_read",
    "GiB",
    "0.03",
    EFS_ELASTIC,
    "ETDataAccess-Bytes (accessType Read)",
  ),
  usage(
    "efs-elastic-throughput",
    "data_write",
    "GiB",
    "0.06",
    EFS_ELASTIC,
    "ETDataAccess-Bytes (accessType Write)",
  ),
  {
    ...capacity("fsx-lustre-persistent-2-125", "0.145", "aws-fsx-c3x"),
    note: "approximate (~$0.145) third-party figure for SSD at 125 MB/s/TiB",
  },
  {
    ...capacity("fsx-lustre-scratch-2", "0.140", "aws-fsx-learning-aws"),
    note: "approximate (~$0.140) third-party figure",
  },
  // S3 Standard is tiered per account (first 50 TB at this rate); per volume we price the first tier.
  { ...capacity("s3-standard", "0.023"), note: "first 50 TB per month; larger accounts pay less" },
  capacity("s3-standard-ia", "0.0125"),
  // S3 requests: the Price List publishes them per request; the pricing page per 1,000 requests.
  // LIST is a Tier 1 request, billed like PUT, COPY and POST.
  usage("s3-standard", "requests_get", "request", "0.0000004", S3_REQ, "Requests-Tier2"),
  usage("s3-standard", "requests_put", "request", "0.000005", S3_REQ, "Requests-Tier1"),
  usage("s3-standard", "requests_list", "request", "0.000005", S3_REQ, "Requests-Tier1"),
  usage("s3-standard-ia", "requests_get", "request", "0.000001", S3_REQ, "Requests-SIA-Tier2"),
  usage("s3-standard-ia", "requests_put", "request", "0.00001", S3_REQ, "Requests-SIA-Tier1"),
  usage("s3-standard-ia", "requests_list", "request", "0.00001", S3_REQ, "Requests-SIA-Tier1"),
  // A read from a zonal file system (EFS One Zone) by a node in another zone crosses two AZ
  // boundaries' billing: out of the file system's zone and into the node's, $0.01 each.
  {
    source: "aws-inter-az-transfer",
    provider: "aws",
    region: R,
    product: "aws-inter-az-transfer",
    component: "transfer_cross_az",
    unit: "GiB",
    price: "0.02",
    sku: "DataTransfer-Regional-Bytes",
    note: "$0.01 per GB out of the source zone plus $0.01 per GB into the reader's zone",
  },
  capacity("s3-one-zone-ia", "0.01"),
  capacity("s3-glacier-instant-retrieval", "0.004", "aws-s3-glacier-ir"),
  capacity("s3-glacier-flexible-retrieval", "0.0036"),
  capacity("s3-glacier-deep-archive", "0.00099"),
  capacity("s3-intelligent-tiering", "0.023"),
];
