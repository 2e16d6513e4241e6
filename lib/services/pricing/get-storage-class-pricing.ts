import type { Db } from "../../db/prisma";
import { parseBytes } from "../../pricing/quantity";
import {
  getStorageClassPricing as readStorageClassPricing,
  type StorageClassPricingResult,
} from "../../queries/pricing/get-storage-class-pricing";
import { type ServiceCall, scopedTeamIds } from "../service-context";
import type { TStorageClassParams } from "./pricing-params";

export type {
  StorageClassPricing,
  StorageClassPricingResult,
} from "../../queries/pricing/get-storage-class-pricing";

/**
 * What each StorageClass resolves to and costs per GiB (list prices: every reader sees them), with
 * the live volumes of the reader's teams only: their count, capacity and cost are team data.
 */
export function getStorageClassPricing(
  db: Db,
  { ctx, input }: ServiceCall<TStorageClassParams & { now: Date }>,
): Promise<StorageClassPricingResult> {
  return readStorageClassPricing(db, {
    now: input.now,
    clusterName: input.cluster,
    storageClassName: input.storageClass,
    referenceBytes: input.size ? (parseBytes(input.size) ?? undefined) : undefined,
    teamIds: scopedTeamIds(ctx),
  });
}
