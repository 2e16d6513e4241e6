import { randomUUID } from "node:crypto";
import type { DayCostFact } from "../costing/cost-fact";
import { daysBetween, MS_PER_DAY, monthsOf } from "../costing/day-window";
import type { CloudProvider, Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { refreshCostRollups } from "../queries/costs/refresh-cost-rollups";
import { replaceCostFacts } from "../queries/costs/write-cost-facts";
import { createCluster, createOrganization } from "./factories";

// Hand-made cost facts for the showback tests: each test states the facts it reads, exactly, so
// every expected figure can be worked out by hand from the test itself.

export async function createPriceEntry(
  db: Db,
  data: {
    provider?: CloudProvider;
    region?: string;
    product?: string;
    component?: Prisma.PriceEntryUncheckedCreateInput["component"];
    unit?: Prisma.PriceEntryUncheckedCreateInput["unit"];
    unitPrice?: string;
    currency?: string;
    url?: string;
    grade?: "A" | "B" | "C";
    sourceDate?: string;
  } = {},
) {
  const source = await db.priceSource.create({
    data: {
      kind: "bundled",
      provider: data.provider ?? "aws",
      description: "Test price list",
      url: data.url ?? "https://aws.amazon.com/ebs/pricing/",
      grade: data.grade ?? "A",
      sourceDate: new Date(`${data.sourceDate ?? "2026-01-15"}T00:00:00Z`),
      retrievedAt: new Date(Date.UTC(2026, 0, 15)),
    },
  });
  return db.priceEntry.create({
    data: {
      sourceId: source.id,
      provider: data.provider ?? "aws",
      region: data.region ?? "us-east-1",
      product: data.product ?? "ebs-gp3",
      component: data.component ?? "capacity",
      unit: data.unit ?? "GB_month",
      currency: data.currency ?? "USD",
      unitPrice: data.unitPrice ?? "0.08",
      effectiveFrom: new Date(Date.UTC(2025, 0, 1)),
    },
    include: { source: true },
  });
}

export interface FactInput {
  clusterId: string;
  day: string;
  resourceUid: string;
  resourceKind?: "PersistentVolume" | "VolumeSnapshotContent";
  component?: Prisma.CostFactUncheckedCreateInput["component"];
  status?: "priced" | "estimated" | "unpriced" | "included";
  allocation?: "allocated" | "unallocated";
  namespace?: string | null;
  likelyOwnerNamespace?: string | null;
  storageClassName?: string | null;
  category?: string;
  priceEntryId?: string | null;
  priceSourceDate?: string | null;
  quantity?: string;
  unit?: Prisma.CostFactUncheckedCreateInput["unit"];
  hours?: string;
  unitPrice?: string | null;
  /** null: unpriced. Defaults to null for status unpriced, "0" for included, else "1". */
  cost?: string | null;
  currency?: string;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

function factData(input: FactInput): Prisma.CostFactCreateManyInput {
  const status = input.status ?? "priced";
  const allocation = input.allocation ?? (input.namespace === null ? "unallocated" : "allocated");
  const defaultCost = status === "unpriced" ? null : status === "included" ? "0" : "1";
  return {
    clusterId: input.clusterId,
    firstDay: new Date(`${input.day}T00:00:00Z`),
    lastDay: new Date(`${input.day}T00:00:00Z`),
    resourceKind: input.resourceKind ?? "PersistentVolume",
    resourceUid: input.resourceUid,
    component: input.component ?? "capacity",
    status,
    allocation,
    namespace: allocation === "unallocated" ? null : (input.namespace ?? "default"),
    likelyOwnerNamespace: input.likelyOwnerNamespace ?? null,
    storageClassName: input.storageClassName === undefined ? "gp3" : input.storageClassName,
    category: input.category ?? (input.resourceKind === "VolumeSnapshotContent" ? "snapshot" : "block"),
    priceEntryId: input.priceEntryId ?? null,
    priceSourceDate: input.priceSourceDate ? new Date(`${input.priceSourceDate}T00:00:00Z`) : null,
    quantity: input.quantity ?? "100",
    unit: input.unit ?? "GB_month",
    hours: input.hours ?? "24",
    unitPrice: input.unitPrice === undefined ? (status === "unpriced" ? null : "0.08") : input.unitPrice,
    cost: input.cost === undefined ? defaultCost : input.cost,
    currency: input.currency ?? "USD",
    reason: input.reason ?? (status === "unpriced" ? "no price for this product" : null),
    detail: (input.detail ?? {}) as Prisma.InputJsonValue,
    computedAt: new Date(Date.UTC(2026, 3, 1)),
  };
}

/**
 * Stores computed day facts of [from, to] (ISO days) in a transaction the way computeCostFacts does,
 * a month at a time: as runs, replacing what was there.
 */
export async function replaceDayFacts(
  tx: Prisma.TransactionClient,
  input: { clusterId: string; from: string; to: string; facts: readonly DayCostFact[]; computedAt: Date },
): Promise<void> {
  const byDay = new Map<string, DayCostFact[]>();
  for (const fact of input.facts) byDay.set(fact.day, [...(byDay.get(fact.day) ?? []), fact]);
  for (const days of monthsOf(daysBetween(input.from, input.to))) {
    await replaceCostFacts(tx, {
      clusterId: input.clusterId,
      from: days[0] as string,
      to: days.at(-1) as string,
      days: days.map((day) => ({ day, items: (byDay.get(day) ?? []).map((fact) => ({ fact })) })),
      computedAt: input.computedAt,
    });
  }
}

/** replaceDayFacts in a transaction of its own. */
export async function storeDayFacts(
  db: Db,
  input: { clusterId: string; from: string; to: string; facts: readonly DayCostFact[]; computedAt: Date },
): Promise<void> {
  await db.$transaction((tx) => replaceDayFacts(tx, input));
}

/**
 * Inserts cost facts as the costing engine would have written them, rollups included: each fact is a
 * one-day run (runs only save space; every reader reads them by day).
 */
export async function createCostFacts(db: Db, facts: FactInput[]): Promise<void> {
  if (facts.length === 0) return;
  await db.costFact.createMany({
    data: facts.map(factData),
  });
  for (const clusterId of new Set(facts.map((f) => f.clusterId))) {
    const days = facts
      .filter((f) => f.clusterId === clusterId)
      .map((f) => f.day)
      .sort();
    await refreshCostRollups(db, { clusterId, from: days[0] as string, to: days.at(-1) as string });
  }
}

/** One fact per day of [from, to] (inclusive), each with the same attributes. */
export function dailyFacts(from: string, to: string, fact: Omit<FactInput, "day">): FactInput[] {
  const facts: FactInput[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += MS_PER_DAY) {
    facts.push({ ...fact, day: new Date(t).toISOString().slice(0, 10) });
  }
  return facts;
}

export async function createCostFactWorkloads(
  db: Db,
  rows: {
    clusterId: string;
    day: string;
    resourceUid: string;
    resourceKind?: "PersistentVolume" | "VolumeSnapshotContent";
    component?: Prisma.CostFactWorkloadCreateManyInput["component"];
    workloadKind: string;
    workloadName: string;
    podHours?: string;
    share: string;
    cost: string | null;
  }[],
): Promise<void> {
  await db.costFactWorkload.createMany({
    data: rows.map((r) => ({
      clusterId: r.clusterId,
      firstDay: new Date(`${r.day}T00:00:00Z`),
      resourceKind: r.resourceKind ?? "PersistentVolume",
      resourceUid: r.resourceUid,
      component: r.component ?? "capacity",
      workloadKind: r.workloadKind,
      workloadName: r.workloadName,
      podHours: r.podHours ?? "24",
      share: r.share,
      cost: r.cost,
    })),
  });
}

/**
 * An organisation with two clusters (prod on AWS, lab on GCP), two teams, and namespaces:
 * prod/ml (team ml, cost centre CC-1 from the team), prod/web (team web, CC-2), prod/ops (no team,
 * its own cost centre CC-9), lab/ml (team ml), lab/scratch (no team, no cost centre).
 */
export async function createShowbackOrg(db: Db) {
  const org = await createOrganization(db);
  const prod = await createCluster(db, org.id, { name: "prod", provider: "aws", region: "us-east-1" });
  const lab = await createCluster(db, org.id, { name: "lab", provider: "gcp", region: "us-central1" });
  const ml = await db.team.create({ data: { orgId: org.id, slug: "ml", name: "ML", costCentre: "CC-1" } });
  const web = await db.team.create({ data: { orgId: org.id, slug: "web", name: "Web", costCentre: "CC-2" } });
  const seen = new Date(Date.UTC(2026, 0, 1));
  const ns = (clusterId: string, name: string, teamId: string | null, costCentre: string | null = null) =>
    db.namespace.create({
      data: { clusterId, name, uid: randomUUID(), teamId, costCentre, firstSeenAt: seen, lastSeenAt: seen },
    });
  await ns(prod.id, "ml", ml.id);
  await ns(prod.id, "web", web.id);
  await ns(prod.id, "ops", null, "CC-9");
  await ns(lab.id, "ml", ml.id);
  await ns(lab.id, "scratch", null);
  return { org, prod, lab, teams: { ml, web } };
}
