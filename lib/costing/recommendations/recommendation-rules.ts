/** The recommendation rules, in the order the page, the CLI and the API group them. */
export const RECOMMENDATION_RULES = [
  "gp2-to-gp3",
  "provisioned-iops-to-gp3",
  "pd-ssd-to-pd-balanced",
  "premium-ssd-tier-boundary",
  "cold-checkpoints",
  "scratch-on-premium",
  "shared-dataset-to-object",
  "read-heavy-dataset",
  "storage-bound-gpu-job",
] as const;
export type RecommendationRule = (typeof RECOMMENDATION_RULES)[number];

export const RECOMMENDATION_RULE_INFO: Record<RecommendationRule, { label: string; description: string }> = {
  "gp2-to-gp3": {
    label: "gp2 → gp3",
    description: "EBS gp2 volumes: gp3 costs 20 % less per GiB and includes 3,000 IOPS and 125 MiB/s.",
  },
  "provisioned-iops-to-gp3": {
    label: "io1/io2 → gp3",
    description: "Provisioned-IOPS volumes whose measured p95 IOPS, with headroom, fit gp3.",
  },
  "pd-ssd-to-pd-balanced": {
    label: "pd-ssd → pd-balanced",
    description: "GCE pd-ssd disks whose measured I/O (if any) fits pd-balanced at the same size.",
  },
  "premium-ssd-tier-boundary": {
    label: "Premium SSD past a tier boundary",
    description:
      "Azure Premium SSD disks just above a size tier, billed as the next one up: Premium SSD v2 bills the exact size.",
  },
  "cold-checkpoints": {
    label: "Cold checkpoints → object storage",
    description: "Checkpoint volumes no pod has written for a while: an object-storage cool or archive tier.",
  },
  "scratch-on-premium": {
    label: "Scratch on premium disks → local NVMe",
    description: "Claims used only as scratch space on a premium tier: emptyDir on the node's local NVMe.",
  },
  "shared-dataset-to-object": {
    label: "Shared read-only datasets → object storage",
    description:
      "Datasets on EFS, Filestore or Azure Files that several pods only read: object storage with a local cache.",
  },
  "read-heavy-dataset": {
    label: "Read-heavy datasets → FSx for Lustre",
    description:
      "Datasets on EFS Elastic throughput, billed for every GiB read: a tier whose price does not grow with reads.",
  },
  "storage-bound-gpu-job": {
    label: "Storage-bound GPU jobs → a faster tier",
    description: "GPU jobs waiting on their volumes: a faster tier, paid for by the GPU hours it recovers.",
  },
};

export function isRecommendationRule(value: string): value is RecommendationRule {
  return (RECOMMENDATION_RULES as readonly string[]).includes(value);
}
