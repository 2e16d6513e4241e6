import { randomUUID } from "node:crypto";
import type { CloudProvider, Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";

// Per-test factory seeding: each test creates the rows it reads, with only what it cares about.

export const GIB = 1024n ** 3n;

export async function createOrganization(db: Db, slug = `org-${randomUUID().slice(0, 8)}`) {
  return db.organization.create({ data: { slug, name: slug } });
}

export async function createCluster(
  db: Db,
  orgId: string,
  data: { name: string; provider: CloudProvider; region?: string },
) {
  return db.cluster.create({ data: { orgId, ...data } });
}

export async function createStorageClass(
  db: Db,
  clusterId: string,
  data: { name: string; provisioner: string; createdAt?: Date },
) {
  const createdAt = data.createdAt ?? new Date(Date.UTC(2026, 0, 1));
  return db.storageClass.create({
    data: {
      clusterId,
      uid: randomUUID(),
      name: data.name,
      provisioner: data.provisioner,
      createdAt,
      firstSeenAt: createdAt,
      lastSeenAt: createdAt,
    },
  });
}

export async function createPersistentVolume(
  db: Db,
  clusterId: string,
  data: Partial<Prisma.PersistentVolumeUncheckedCreateInput> & {
    capacityBytes: bigint;
    createdAt: Date;
  },
) {
  const uid = data.uid ?? randomUUID();
  return db.persistentVolume.create({
    data: {
      uid,
      name: `pvc-${uid}`,
      reclaimPolicy: "Delete",
      phase: "Bound",
      accessModes: ["ReadWriteOnce"],
      firstSeenAt: data.createdAt,
      lastSeenAt: data.deletedAt ?? data.createdAt,
      ...data,
      clusterId,
    },
  });
}
