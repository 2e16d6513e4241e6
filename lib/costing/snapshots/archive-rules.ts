import { Dec } from "../../pricing/decimal";
import type { Provider } from "../../pricing/types";

const HOUR_MS = 3_600_000;

/**
 * Minimum storage days of an archived snapshot, where the provider documents one. EBS Snapshots
 * Archive: 90 days; a snapshot deleted (or restored to standard) earlier is charged pro rata for
 * the remaining days at the archive rate, usage type EBS:SnapshotArchiveEarlyDelete (AWS CUR
 * usage-type glossary, cur.vantage.sh; EBS archiving-guidelines). GCP archive snapshots and Azure
 * have no minimum in the sources Tierscope cites, so none is applied to them.
 */
export const ARCHIVE_MINIMUM_DAYS: Partial<Record<Provider, number>> = { aws: 90 };

export interface EarlyDeletion {
  minimumDays: number;
  archivedSince: string;
  deletedAt: string;
  /** Hours of the minimum still to run at deletion: charged at once, pro rata. */
  remainingHours: Dec;
}

/**
 * The early-deletion charge's hours for an archived snapshot deleted before its minimum. Kubernetes
 * does not record when a snapshot was archived, so `archivedSince` is its creation time: the
 * earliest it can have been archived, which makes the charge a lower bound.
 */
export function archiveEarlyDeletion(input: {
  provider: Provider;
  archivedSinceMs: number;
  deletedAtMs: number;
}): EarlyDeletion | null {
  const minimumDays = ARCHIVE_MINIMUM_DAYS[input.provider];
  if (minimumDays === undefined) return null;
  const remainingMs = minimumDays * 24 * HOUR_MS - (input.deletedAtMs - input.archivedSinceMs);
  if (remainingMs <= 0) return null;
  return {
    minimumDays,
    archivedSince: new Date(input.archivedSinceMs).toISOString(),
    deletedAt: new Date(input.deletedAtMs).toISOString(),
    remainingHours: new Dec(remainingMs).div(HOUR_MS),
  };
}
