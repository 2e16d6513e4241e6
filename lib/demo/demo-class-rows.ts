import type { Prisma } from "@/lib/db/generated/client";
import { demoUuid } from "./demo-ids";
import { lifecycle } from "./demo-lifecycle";
import type {
  DemoCluster,
  SnapshotClassPlan,
  StorageClassPlan,
  VolumeAttributesClassPlan,
} from "./demo-plan-types";
import type { DemoClock } from "./demo-time";

/** Rows for the class kinds: StorageClass, VolumeAttributesClass, VolumeSnapshotClass. */
export function storageClassRows(
  cluster: DemoCluster,
  plans: readonly StorageClassPlan[],
  clock: DemoClock,
): Prisma.StorageClassCreateManyInput[] {
  return plans.map((plan) => ({
    clusterId: cluster.id,
    uid: demoUuid(cluster.name, "storageclass", plan.name),
    name: plan.name,
    provisioner: plan.provisioner,
    parameters: plan.parameters,
    reclaimPolicy: plan.reclaimPolicy,
    volumeBindingMode: plan.bindingMode,
    allowVolumeExpansion: plan.allowExpansion,
    isDefault: plan.isDefault,
    labels: {},
    annotations: plan.isDefault ? { "storageclass.kubernetes.io/is-default-class": "true" } : {},
    ...lifecycle(cluster, clock, plan.createdAt),
  }));
}

export function volumeAttributesClassRows(
  cluster: DemoCluster,
  plans: readonly VolumeAttributesClassPlan[],
  clock: DemoClock,
): Prisma.VolumeAttributesClassCreateManyInput[] {
  return plans.map((plan) => ({
    clusterId: cluster.id,
    uid: demoUuid(cluster.name, "volumeattributesclass", plan.name),
    name: plan.name,
    driverName: plan.driverName,
    parameters: plan.parameters,
    ...lifecycle(cluster, clock, plan.createdAt),
  }));
}

export function snapshotClassRows(
  cluster: DemoCluster,
  plans: readonly SnapshotClassPlan[],
  clock: DemoClock,
): Prisma.VolumeSnapshotClassCreateManyInput[] {
  return plans.map((plan) => ({
    clusterId: cluster.id,
    uid: demoUuid(cluster.name, "volumesnapshotclass", plan.name),
    name: plan.name,
    driver: plan.driver,
    deletionPolicy: plan.deletionPolicy,
    parameters: plan.parameters,
    ...lifecycle(cluster, clock, plan.createdAt),
  }));
}
