/** The waste rules, in the order the Waste page, the CLI and the CSV list them. */
export const WASTE_RULES = [
  "released-volume",
  "available-volume",
  "unmounted-claim",
  "orphaned-snapshot",
  "retained-content",
  "snapshot-retention",
  "oversized-volume",
] as const;
export type WasteRule = (typeof WASTE_RULES)[number];

export const WASTE_RULE_INFO: Record<WasteRule, { label: string; description: string }> = {
  "released-volume": {
    label: "Released volumes",
    description:
      "Persistent volumes whose claim was deleted: the disk is kept (and billed) by a Retain policy.",
  },
  "available-volume": {
    label: "Unbound volumes",
    description: "Available persistent volumes no claim has bound for longer than the threshold.",
  },
  "unmounted-claim": {
    label: "Unmounted claims",
    description: "Bound claims that no pod has mounted for longer than the threshold.",
  },
  "orphaned-snapshot": {
    label: "Snapshots of deleted claims",
    description: "VolumeSnapshots whose source claim no longer exists.",
  },
  "retained-content": {
    label: "Retained snapshot contents",
    description: "VolumeSnapshotContents kept by deletionPolicy Retain after their VolumeSnapshot went.",
  },
  "snapshot-retention": {
    label: "Snapshot chains past retention",
    description: "Snapshots of one claim beyond the newest K or older than D days.",
  },
  "oversized-volume": {
    label: "Oversized volumes",
    description: "Volumes whose p95 used bytes over 30 days is far below their capacity.",
  },
};

export function isWasteRule(value: string): value is WasteRule {
  return (WASTE_RULES as readonly string[]).includes(value);
}
