import { randomUUID } from "node:crypto";
import type { Db } from "../db/prisma";

// Factories for the pricing tests: StorageClasses and VolumeAttributesClasses with parameters.

const CREATED = new Date(Date.UTC(2026, 0, 1));

export async function createStorageClassWithParameters(
  db: Db,
  clusterId: string,
  data: { name: string; provisioner: string; parameters?: Record<string, string> },
) {
  return db.storageClass.create({
    data: {
      clusterId,
      uid: randomUUID(),
      name: data.name,
      provisioner: data.provisioner,
      parameters: data.parameters ?? {},
      createdAt: CREATED,
      firstSeenAt: CREATED,
      lastSeenAt: CREATED,
    },
  });
}

export async function createVolumeAttributesClass(
  db: Db,
  clusterId: string,
  data: { name: string; driverName: string; parameters: Record<string, string> },
) {
  return db.volumeAttributesClass.create({
    data: {
      clusterId,
      uid: randomUUID(),
      ...data,
      createdAt: CREATED,
      firstSeenAt: CREATED,
      lastSeenAt: CREATED,
    },
  });
}
