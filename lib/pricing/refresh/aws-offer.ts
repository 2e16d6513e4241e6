import { Dec, dec } from "../decimal";
import { AWS_GPU_INSTANCES, productInfo } from "../products";
import type { PriceComponent } from "../types";
import { normaliseUnit } from "../units";
import { PriceResponseError, readPriceAmount } from "./read-price-amount";
import { countUnmatched, emptyResult, type ImportedPrice, type ImportResult } from "./types";

// AWS Price List records, from a bulk offer file (/offers/v1.0/aws/<code>/current/<region>/index.json)
// or a Query API GetProducts page (PriceList: one JSON string per product). pricing.md §2.1.

interface Dimension {
  unit?: string;
  beginRange?: string;
  endRange?: string;
  description?: string;
  pricePerUnit?: Record<string, string>;
}
interface Term {
  effectiveDate?: string;
  priceDimensions?: Record<string, Dimension>;
}
export interface AwsRecord {
  serviceCode: string;
  product: { sku: string; productFamily?: string; attributes: Record<string, string> };
  onDemand: Term[];
}

export function awsRecordsFromOffer(json: unknown): { records: AwsRecord[]; version: string | null } {
  const offer = json as {
    offerCode?: string;
    version?: string;
    products?: Record<string, AwsRecord["product"]>;
    terms?: { OnDemand?: Record<string, Record<string, Term>> };
    PriceList?: string[];
  };
  if (Array.isArray(offer.PriceList)) {
    const records = offer.PriceList.map((text) => {
      const item = JSON.parse(text) as {
        serviceCode: string;
        product: AwsRecord["product"];
        terms?: { OnDemand?: Record<string, Term> };
        version?: string;
      };
      return {
        serviceCode: item.serviceCode,
        product: item.product,
        onDemand: Object.values(item.terms?.OnDemand ?? {}),
      };
    });
    return { records, version: null };
  }
  if (!offer.products || !offer.offerCode) throw new Error("not an AWS offer file or GetProducts response");
  const records = Object.values(offer.products).map((product) => ({
    serviceCode: offer.offerCode as string,
    product,
    onDemand: Object.values(offer.terms?.OnDemand?.[product.sku] ?? {}),
  }));
  return { records, version: offer.version ?? null };
}

/** The usagetype without its region prefix (none in us-east-1; USE2-, EU-, APN1-, CNW1- elsewhere). */
export function usageTypeSuffix(usagetype: string): string {
  return usagetype.replace(/^[A-Z]{2,4}\d?-(?=[A-Za-z])/, "");
}

type Target = { product: string; component: PriceComponent; io2Tier?: number };
/** Why a record gives no price: `skipped` when it is a product Tierscope prices, else unmatched. */
type Miss = { miss: string; skipped?: boolean };

const EBS: Record<string, Target> = {
  "EBS:VolumeUsage.gp2": { product: "ebs-gp2", component: "capacity" },
  "EBS:VolumeUsage.gp3": { product: "ebs-gp3", component: "capacity" },
  "EBS:VolumeUsage.piops": { product: "ebs-io1", component: "capacity" },
  "EBS:VolumeUsage.io2": { product: "ebs-io2", component: "capacity" },
  "EBS:VolumeUsage.st1": { product: "ebs-st1", component: "capacity" },
  "EBS:VolumeUsage.sc1": { product: "ebs-sc1", component: "capacity" },
  "EBS:VolumeUsage": { product: "ebs-standard", component: "capacity" },
  "EBS:VolumeP-IOPS.gp3": { product: "ebs-gp3", component: "iops" },
  "EBS:VolumeP-IOPS.piops": { product: "ebs-io1", component: "iops" },
  "EBS:VolumeP-IOPS.io2": { product: "ebs-io2", component: "iops", io2Tier: 1 },
  "EBS:VolumeP-IOPS.io2.tier2": { product: "ebs-io2", component: "iops", io2Tier: 2 },
  "EBS:VolumeP-IOPS.io2.tier3": { product: "ebs-io2", component: "iops", io2Tier: 3 },
  "EBS:VolumeP-Throughput.gp3": { product: "ebs-gp3", component: "throughput" },
  "EBS:SnapshotUsage": { product: "ebs-snapshot", component: "snapshot_standard" },
  "EBS:SnapshotArchiveStorage": { product: "ebs-snapshot", component: "snapshot_archive" },
  "EBS:SnapshotArchiveRetrieval": { product: "ebs-snapshot", component: "archive_retrieval" },
};
const EFS: Record<string, Target> = {
  "TimedStorage-ByteHrs": { product: "efs-standard", component: "capacity" },
  "IATimedStorage-ByteHrs": { product: "efs-infrequent-access", component: "capacity" },
  "ArchiveTimedStorage-ByteHrs": { product: "efs-archive", component: "capacity" },
  "TimedStorage-Z-ByteHrs": { product: "efs-one-zone", component: "capacity" },
  "IATimedStorage-Z-ByteHrs": { product: "efs-one-zone-ia", component: "capacity" },
  "ProvisionedTP-MiBpsHrs": { product: "efs-provisioned-throughput", component: "throughput" },
};
// Elastic throughput data access is one usagetype with accessType Read or Write.
const EFS_ELASTIC: Record<string, Target> = {
  Read: { product: "efs-elastic-throughput", component: "data_read" },
  Write: { product: "efs-elastic-throughput", component: "data_write" },
};
const S3: Record<string, Target> = {
  "Requests-Tier1": { product: "s3-standard", component: "requests_put" },
  "Requests-Tier2": { product: "s3-standard", component: "requests_get" },
  "Requests-SIA-Tier1": { product: "s3-standard-ia", component: "requests_put" },
  "Requests-SIA-Tier2": { product: "s3-standard-ia", component: "requests_get" },
  "TimedStorage-ByteHrs": { product: "s3-standard", component: "capacity" },
  "TimedStorage-SIA-ByteHrs": { product: "s3-standard-ia", component: "capacity" },
  "TimedStorage-ZIA-ByteHrs": { product: "s3-one-zone-ia", component: "capacity" },
  "TimedStorage-GIR-ByteHrs": { product: "s3-glacier-instant-retrieval", component: "capacity" },
  "TimedStorage-GlacierByteHrs": { product: "s3-glacier-flexible-retrieval", component: "capacity" },
  "TimedStorage-GDA-ByteHrs": { product: "s3-glacier-deep-archive", component: "capacity" },
  "TimedStorage-INT-FA-ByteHrs": { product: "s3-intelligent-tiering", component: "capacity" },
};

const FSX_DEPLOYMENTS = ["scratch-1", "scratch-2", "persistent-1", "persistent-2"];

function target(record: AwsRecord): Target | Target[] | Miss {
  const a = record.product.attributes;
  const suffix = usageTypeSuffix(a.usagetype ?? "");
  const family = record.product.productFamily ?? "no productFamily";
  const none: Miss = { miss: `${record.serviceCode} ${family}: no product Tierscope prices` };
  if (record.serviceCode === "AmazonEC2") {
    if (record.product.productFamily === "Compute Instance") {
      // The $0 Capacity Block SKU shares the instance type: keep only plain on-demand Linux.
      const plain =
        a.marketoption === "OnDemand" &&
        a.capacitystatus === "Used" &&
        a.tenancy === "Shared" &&
        a.operatingSystem === "Linux" &&
        a.preInstalledSw === "NA" &&
        a.licenseModel === "No License required";
      const type = a.instanceType ?? "";
      if (!AWS_GPU_INSTANCES.includes(type))
        return { miss: "AmazonEC2 instance type Tierscope does not price" };
      return plain
        ? { product: `ec2-${type}`, component: "instance_hour" }
        : {
            miss: "AmazonEC2 GPU instance not on-demand shared Linux (capacity block, reserved host, licensed OS)",
          };
    }
    return EBS[suffix] ?? none;
  }
  if (record.serviceCode === "AmazonEFS") {
    if (suffix === "ETDataAccess-Bytes") {
      return (
        EFS_ELASTIC[a.accessType ?? ""] ?? {
          miss: `AmazonEFS ETDataAccess-Bytes: accessType "${a.accessType ?? ""}" is neither Read nor Write`,
          skipped: true,
        }
      );
    }
    return EFS[suffix] ?? none;
  }
  if (record.serviceCode === "AmazonS3") {
    const request = S3[suffix];
    // LIST is a Tier 1 request: the Tier 1 price is PUT's and LIST's.
    if (request?.component === "requests_put") return [request, { ...request, component: "requests_list" }];
    return request ?? none;
  }
  if (record.serviceCode === "AmazonFSx") return fsxLustreTarget(record) ?? none;
  return none;
}

/**
 * An FSx for Lustre storage record: deploymentOption names the deployment (Persistent_2, Scratch_2;
 * spelt with "_", "-" or a space), throughputCapacity the persistent tier in MB/s/TiB ("250" or
 * "250 MBps/TiB"), storageType SSD or HDD. null: not FSx for Lustre storage.
 */
function fsxLustreTarget(record: AwsRecord): Target | Miss | null {
  const a = record.product.attributes;
  if (a.fileSystemType !== "Lustre" || record.product.productFamily !== "Storage") return null;
  const deployment = (a.deploymentOption ?? "").toLowerCase().replace(/[ _]/g, "-");
  if (!FSX_DEPLOYMENTS.includes(deployment)) {
    return { miss: `FSx for Lustre: unknown deploymentOption "${a.deploymentOption ?? ""}"`, skipped: true };
  }
  if (deployment.startsWith("scratch")) return { product: `fsx-lustre-${deployment}`, component: "capacity" };
  const hdd = a.storageType === "HDD" ? "-hdd" : "";
  const throughput = (a.throughputCapacity ?? "").trim().replace(/\D.*$/, "");
  const product = `fsx-lustre-${deployment}${hdd}-${throughput}`;
  if (!throughput || !productInfo(product)) {
    return {
      miss: `FSx for Lustre ${a.deploymentOption}: no tier for throughputCapacity "${a.throughputCapacity ?? ""}"`,
      skipped: true,
    };
  }
  return { product, component: "capacity" };
}

// io2 IOPS: each tier is its own usagetype with a 0–Inf range; AWS's breakpoints are 32,000 and
// 64,000 IOPS (pricing.md §5.3), applied here.
const IO2_BREAKS = [new Dec(32000), new Dec(64000), null];

/**
 * The paid bands of one record (sorted by beginRange) as our price. Ranges are in the offer's unit;
 * a price × `factor` is per our unit, so a quantity ÷ `factor` is in it (gp3's GiBps → MiB/s).
 * - A band's beginRange is an included quantity only where the product documents a free baseline
 *   per volume (`baseline`: gp3's 3,000 IOPS and 125 MiB/s, whose offer dimension starts at 3000,
 *   pricing.md §5.2 [S5]). When the offer does not encode it, the documented figure applies.
 * - Otherwise several bands are volume tiers of one graduated price (S3 Standard: first 50 TB,
 *   next 450 TB, over 500 TB, pricing.md §1.1 [S2]), billed from the first byte.
 */
function bandsToPrice(
  bands: Dimension[],
  currency: string,
  factor: Dec,
  baseline: number | undefined,
): Pick<ImportedPrice, "tierMode" | "unitPrice" | "includedQuantity" | "tiers"> {
  const inUnit = (range: string | undefined) =>
    range === undefined || range === "Inf" ? null : dec(range).div(factor);
  const rate = (band: Dimension) => dec(band.pricePerUnit?.[currency] as string).times(factor);
  const first = bands[0] as Dimension;
  let included = new Dec(0);
  if (baseline !== undefined) {
    const begin = inUnit(first.beginRange) ?? new Dec(0);
    included = begin.isZero() ? new Dec(baseline) : begin;
  }
  if (bands.length === 1) {
    return { tierMode: "flat", unitPrice: rate(first), includedQuantity: included, tiers: [] };
  }
  const tiers = bands.map((band, index) => {
    const next = bands[index + 1];
    const upTo = next ? inUnit(next.beginRange) : inUnit(band.endRange);
    return {
      upTo: upTo === null ? null : upTo.minus(included),
      unitPrice: rate(band),
      tierPrice: null,
      label: `from ${band.beginRange ?? "0"}`,
    };
  });
  return { tierMode: "graduated", unitPrice: null, includedQuantity: included, tiers };
}

/** Our prices from AWS records; the io2 tiers are assembled into one graduated price. */
export function parseAwsRecords(records: AwsRecord[], regions: string[] | null): ImportResult {
  const result = emptyResult();
  const io2 = new Map<string, { base: ImportedPrice; tiers: (Dec | null)[] }>();
  for (const record of records) {
    if (typeof record?.product?.sku !== "string" || typeof record.product.attributes !== "object") {
      throw new PriceResponseError("AWS product without a sku or attributes");
    }
    result.recordsRead += 1;
    const found = target(record);
    if ("miss" in found) {
      if (found.skipped) result.warnings.push(`${record.product.sku}: ${found.miss}`);
      else countUnmatched(result, found.miss);
      continue;
    }
    const region = record.product.attributes.regionCode;
    if (!region) {
      result.warnings.push(`${record.product.sku}: no regionCode`);
      continue;
    }
    if (regions && !regions.includes(region)) {
      countUnmatched(result, "outside the regions refreshed");
      continue;
    }
    const goals = Array.isArray(found) ? found : [found];
    const imported = goals.map((goal) => importRecord(record, goal, region, result, io2));
    if (imported.some(Boolean)) result.recordsMatched += 1;
  }
  for (const { base, tiers } of io2.values()) {
    result.prices.push({
      ...base,
      sku: "EBS:VolumeP-IOPS.io2 (+ .tier2, .tier3)",
      tierMode: "graduated",
      unitPrice: null,
      includedQuantity: new Dec(0),
      tiers: IO2_BREAKS.map((upTo, i) => ({
        upTo,
        unitPrice: tiers[i] ?? null,
        tierPrice: null,
        label: `tier ${i + 1}`,
      })),
    });
  }
  return result;
}

/**
 * One record as one price for `goal` (io2 tiers are collected in `io2`). false, with a warning
 * naming the record, when it gives no price.
 */
function importRecord(
  record: AwsRecord,
  goal: Target,
  region: string,
  result: ImportResult,
  io2: Map<string, { base: ImportedPrice; tiers: (Dec | null)[] }>,
): boolean {
  const term = record.onDemand[0];
  const dims = Object.values(term?.priceDimensions ?? {});
  const item = `AWS product ${record.product.sku}`;
  const priced = dims.map((d, i) => {
    const currency = Object.keys(d.pricePerUnit ?? {})[0] ?? "USD";
    return {
      d,
      currency,
      price: readPriceAmount(
        d.pricePerUnit?.[currency] ?? "0",
        item,
        `priceDimensions[${i}].pricePerUnit.${currency}`,
      ),
      begin: readPriceAmount(d.beginRange ?? "0", item, `priceDimensions[${i}].beginRange`),
    };
  });
  // Bands come in no fixed order (S3 lists 51200, 0, 512000): order them by where they start.
  const paid = priced.filter(({ price }) => !price.isZero()).sort((a, b) => a.begin.comparedTo(b.begin));
  if (paid.length === 0) {
    result.warnings.push(`${record.product.sku} (${goal.product} ${goal.component}): $0 price skipped`);
    return false;
  }
  const { d, currency, price: firstPrice } = paid[0] as (typeof paid)[number];
  const unit = normaliseUnit("aws", d.unit ?? "", goal.component);
  if (!unit) {
    result.warnings.push(
      `${record.product.sku}: unknown unit "${d.unit}" for ${goal.product} ${goal.component}`,
    );
    return false;
  }
  const price = firstPrice.times(unit.factor);
  const imported: ImportedPrice = {
    provider: "aws",
    region,
    product: goal.product,
    component: goal.component,
    unit: unit.unit,
    currency,
    ...bandsToPrice(
      paid.map((band) => band.d),
      currency,
      unit.factor,
      productInfo(goal.product)?.included?.[goal.component],
    ),
    sku: record.product.sku,
    description: d.description ?? null,
    providerEffectiveDate: term?.effectiveDate?.slice(0, 10) ?? null,
  };
  if (goal.io2Tier) {
    const key = `${region}|${currency}`;
    const entry = io2.get(key) ?? { base: imported, tiers: [null, null, null] };
    entry.tiers[goal.io2Tier - 1] = price;
    if (goal.io2Tier === 1) entry.base = imported;
    io2.set(key, entry);
    return true;
  }
  result.prices.push(imported);
  return true;
}
