import type { DemoClusterKey } from "./demo-organisation";
import type { SnapshotClassPlan, VolumeAttributesClassPlan } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";

/**
 * VolumeSnapshotClasses (one Delete and one Retain per cluster: Retain is how orphaned snapshot
 * contents are born) and VolumeAttributesClasses (performance tiers a claim can switch between).
 */
export function snapshotClassPlans(key: DemoClusterKey, clock: DemoClock): SnapshotClassPlan[] {
  const pair = (name: string, driver: string, parameters: Record<string, string>, createdDaysAgo: number) => [
    {
      name,
      driver,
      deletionPolicy: "Delete" as const,
      parameters,
      createdAt: clock.ago(createdDaysAgo, -10),
    },
    {
      name: `${name}-retain`,
      driver,
      deletionPolicy: "Retain" as const,
      parameters,
      createdAt: clock.ago(createdDaysAgo - 20, -10),
    },
  ];
  if (key === "eks") return pair("ebs-csi-snapclass", "ebs.csi.aws.com", {}, 280);
  if (key === "aks") return pair("csi-azuredisk-vsc", "disk.csi.azure.com", { incremental: "true" }, 300);
  return pair("pd-snapshot-class", "pd.csi.storage.gke.io", { "storage-locations": "us-central1" }, 250);
}

export function volumeAttributesClassPlans(
  key: DemoClusterKey,
  clock: DemoClock,
): VolumeAttributesClassPlan[] {
  if (key === "eks") {
    return [
      {
        name: "io2-gold",
        driverName: "ebs.csi.aws.com",
        parameters: { type: "io2", iops: "32000" },
        createdAt: clock.ago(255, -13),
      },
    ];
  }
  if (key === "gke") {
    return [
      {
        name: "hyperdisk-gold",
        driverName: "pd.csi.storage.gke.io",
        parameters: { iops: "20000", throughput: "1200Mi" },
        createdAt: clock.ago(100, -15),
      },
    ];
  }
  return [];
}
