import type { DataAccessMetric } from "../../ingest/data-access/data-access-reading";
import type { PriceComponent, PriceUnit } from "../../pricing/types";

/** How the readers of a component are found: by the bytes their nodes moved, or by the time they had it mounted. */
export type ReaderBasis = "read_bytes" | "write_bytes" | "mounted_time";

/** One billed data-access component of a product and the metric that measures it. */
export interface DataAccessComponent {
  product: string;
  component: PriceComponent;
  unit: PriceUnit;
  /** What the provider metric (and, for bytes, the nodes' counters) measures it by. */
  metric: DataAccessMetric;
  readers: ReaderBasis;
  /** Only the reads of nodes in another zone than the volume's count (a zonal service's transfer). */
  crossZoneOnly?: boolean;
}

const EFS_ELASTIC = "efs-elastic-throughput";
const S3_REQUESTS = "s3-standard";
export const CROSS_AZ_PRODUCT = "aws-inter-az-transfer";

/**
 * What a volume's data access is billed as, by its CSI driver. EFS: Elastic throughput bills every
 * GB read and written (Elastic is the default throughput mode of a new file system; Bursting and
 * Provisioned do not bill reads, so a file system in those modes is told by the storage class's
 * `tierscope.io/efs-throughput-mode` parameter or the PV annotation of the same name). A One Zone
 * file system (the PV has a zone) also bills the reads of nodes in other zones as inter-AZ transfer.
 * Mountpoint for S3: the bucket's GET, LIST and PUT requests (S3 Standard rates). Other drivers
 * bill no data access Tierscope prices.
 */
export function dataAccessComponents(volume: {
  csiDriver: string | null;
  zone: string | null;
  efsThroughputMode: string | null;
}): DataAccessComponent[] {
  if (volume.csiDriver === "efs.csi.aws.com") {
    const elastic = (volume.efsThroughputMode ?? "elastic") === "elastic";
    const cross: DataAccessComponent[] = volume.zone
      ? [
          {
            product: CROSS_AZ_PRODUCT,
            component: "transfer_cross_az",
            unit: "GiB",
            metric: "read_bytes",
            readers: "read_bytes",
            crossZoneOnly: true,
          },
        ]
      : [];
    const throughput: DataAccessComponent[] = elastic
      ? [
          {
            product: EFS_ELASTIC,
            component: "data_read",
            unit: "GiB",
            metric: "read_bytes",
            readers: "read_bytes",
          },
          {
            product: EFS_ELASTIC,
            component: "data_write",
            unit: "GiB",
            metric: "write_bytes",
            readers: "write_bytes",
          },
        ]
      : [];
    return [...throughput, ...cross];
  }
  if (volume.csiDriver === "s3.csi.aws.com") {
    return (
      [
        ["requests_get", "get_requests"],
        ["requests_list", "list_requests"],
        ["requests_put", "put_requests"],
      ] as const
    ).map(([component, metric]) => ({
      product: S3_REQUESTS,
      component,
      unit: "request",
      metric,
      readers: "mounted_time",
    }));
  }
  return [];
}
