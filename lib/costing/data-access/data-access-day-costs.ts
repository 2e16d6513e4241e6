import type { DataAccessMetric } from "../../ingest/data-access/data-access-reading";
import { Dec, ZERO } from "../../pricing/decimal";
import { explainNoPrice, selectPriceInForce } from "../../pricing/select-price";
import type { CatalogPrice, IsoDay, Provider } from "../../pricing/types";
import { allocateToWorkloads } from "../allocate-to-workloads";
import type { DayCostFact, DayCostWorkload } from "../cost-fact";
import { dayBounds, MS_PER_HOUR, overlapMs } from "../day-window";
import type { DayFactItem } from "../fact-runs";
import { type DataAccessComponent, dataAccessComponents } from "./data-access-profile";
import { splitExactly } from "./split-exactly";

const GIB = new Dec(2).pow(30);
const NOT_MOUNTED = "(not mounted)";

export interface DataAccessVolume {
  uid: string;
  name: string;
  csiDriver: string | null;
  zone: string | null;
  storageClassName: string | null;
  /** The claim's namespace: who owns the volume (and pays for reads nobody is known to have made). */
  claimNamespace: string | null;
  efsThroughputMode: string | null;
}

/** A provider metric's sum over [start, end) (CloudWatch Sum over its period). */
export interface ProviderSum {
  metric: DataAccessMetric;
  start: number;
  end: number;
  amount: bigint;
  partial: boolean;
}

/** What one node's client counted over [start, end), from its counter readings. */
export interface NodeIncrement {
  node: string;
  metric: DataAccessMetric;
  start: number;
  end: number;
  amount: bigint;
}

/** A pod that had the volume mounted on a node over [start, end). */
export interface NodeMount {
  node: string | null;
  namespace: string;
  workloadKind: string;
  workloadName: string;
  start: number;
  end: number;
}

export interface DataAccessDayInput {
  clusterId: string;
  day: IsoDay;
  provider: Provider;
  region: string | null;
  volume: DataAccessVolume;
  providerSums: readonly ProviderSum[];
  nodeIncrements: readonly NodeIncrement[];
  mounts: readonly NodeMount[];
  nodeZones: ReadonlyMap<string, string | null>;
  catalog: readonly CatalogPrice[];
  /** Costs accrue up to now: today covers the hours so far. */
  now: Date;
}

/** How a cost was split among readers (kept in the fact's detail for the FOCUS allocation columns). */
export type AllocationMethod = "bytes-read" | "bytes-written" | "pod-time-share" | "owner";

interface Reader {
  namespace: string | null;
  workloadKind: string;
  workloadName: string;
  weight: Dec;
  podHours: Dec;
}

/** The part of `amount` counted over [start, end) that falls in [from, to), assuming an even rate. */
function inWindow(amount: bigint, start: number, end: number, from: number, to: number): Dec {
  const overlap = overlapMs(start, end, from, to);
  if (overlap === 0 || end <= start) return ZERO;
  return new Dec(amount.toString()).times(overlap).div(end - start);
}

function quantityOf(amount: Dec, component: DataAccessComponent): Dec {
  return component.unit === "request" ? amount : amount.div(GIB);
}

interface Measured {
  amount: Dec;
  status: "priced" | "estimated";
  source: string;
  reason: string | null;
}

/**
 * The day's amount of a component: the provider's metric when imported (what the bill counts), else
 * the nodes' NFS client counters (an estimate: what clients asked for, not what the provider billed).
 * A provider metric that does not cover the day, or that the provider marked partial, is an estimate.
 * null when nothing measured it.
 */
function measure(
  input: DataAccessDayInput,
  component: DataAccessComponent,
  from: number,
  to: number,
): Measured | null {
  const sums = input.providerSums.filter((s) => s.metric === component.metric);
  if (sums.length > 0 && !component.crossZoneOnly) {
    const amount = sums.reduce((a, s) => a.plus(inWindow(s.amount, s.start, s.end, from, to)), ZERO);
    const covered = sums.reduce((a, s) => a + overlapMs(s.start, s.end, from, to), 0);
    const partial = sums.some((s) => s.partial && overlapMs(s.start, s.end, from, to) > 0);
    const whole = covered >= to - from && !partial;
    return {
      amount,
      status: whole ? "priced" : "estimated",
      source: "provider metric",
      reason: whole
        ? null
        : "the provider metric does not cover the whole day: estimated from the periods it has",
    };
  }
  const increments = nodeIncrementsOf(input, component);
  if (increments.length === 0) return null;
  return {
    amount: increments.reduce((a, i) => a.plus(inWindow(i.amount, i.start, i.end, from, to)), ZERO),
    status: "estimated",
    source: "node NFS client counters",
    reason: component.crossZoneOnly
      ? "counted by the reading nodes' NFS clients"
      : "no provider metric imported: estimated from the nodes' NFS client counters",
  };
}

/** The node increments of the component's metric (for inter-zone transfer, only nodes in another zone). */
function nodeIncrementsOf(input: DataAccessDayInput, component: DataAccessComponent): NodeIncrement[] {
  const metric = component.readers;
  if (metric === "mounted_time") return [];
  return input.nodeIncrements.filter((i) => {
    if (i.metric !== metric) return false;
    if (!component.crossZoneOnly) return true;
    const zone = input.nodeZones.get(i.node);
    return Boolean(zone && input.volume.zone && zone !== input.volume.zone);
  });
}

/** Hours each namespace's workloads had the volume mounted in [from, to). */
function podHoursOf(mounts: readonly NodeMount[], from: number, to: number): Map<string, Dec> {
  const hours = new Map<string, Dec>();
  for (const m of mounts) {
    const key = readerKey(m.namespace, m.workloadKind, m.workloadName);
    hours.set(
      key,
      (hours.get(key) ?? ZERO).plus(new Dec(overlapMs(m.start, m.end, from, to)).div(MS_PER_HOUR)),
    );
  }
  return hours;
}

const readerKey = (namespace: string | null, kind: string, name: string) =>
  JSON.stringify([namespace, kind, name]);

/**
 * Shares [from, to) among `mounts` by pod-time (at each moment, equally among the pods mounting
 * it), weighting the whole window by `weight`; moments nobody mounted it go to the owner.
 */
function sharePodTime(
  readers: Map<string, Reader>,
  mounts: readonly NodeMount[],
  from: number,
  to: number,
  weight: Dec,
  owner: string | null,
): void {
  const groups = [...new Set(mounts.map((m) => readerKey(m.namespace, m.workloadKind, m.workloadName)))];
  const shares = allocateToWorkloads(
    from,
    to,
    mounts.map((m) => ({
      workloadKind: String(groups.indexOf(readerKey(m.namespace, m.workloadKind, m.workloadName))),
      workloadName: "",
      start: m.start,
      end: m.end,
    })),
  );
  const windowHours = new Dec(to - from).div(MS_PER_HOUR);
  for (const share of shares) {
    const group = groups[Number(share.workloadKind)];
    const [namespace, kind, name] = group
      ? (JSON.parse(group) as [string, string, string])
      : [owner, "none", NOT_MOUNTED];
    const key = readerKey(namespace, kind, name);
    const current = readers.get(key) ?? {
      namespace,
      workloadKind: kind,
      workloadName: name,
      weight: ZERO,
      podHours: ZERO,
    };
    current.weight = current.weight.plus(weight.times(share.shareHours).div(windowHours));
    readers.set(key, current);
  }
}

/** Who read (or wrote, or requested) the component's amount, weighted by how much. */
function readersOf(
  input: DataAccessDayInput,
  component: DataAccessComponent,
  from: number,
  to: number,
): { readers: Reader[]; method: AllocationMethod } {
  const owner = input.volume.claimNamespace;
  const readers = new Map<string, Reader>();
  if (component.readers === "mounted_time") {
    const mounted = input.mounts.filter((m) => overlapMs(m.start, m.end, from, to) > 0);
    if (mounted.length > 0) sharePodTime(readers, mounted, from, to, new Dec(1), owner);
  } else {
    for (const increment of nodeIncrementsOf(input, component)) {
      const start = Math.max(increment.start, from);
      const end = Math.min(increment.end, to);
      const amount = inWindow(increment.amount, increment.start, increment.end, from, to);
      if (end <= start || amount.isZero()) continue;
      const onNode = input.mounts.filter((m) => m.node === increment.node);
      sharePodTime(readers, onNode, start, end, amount, owner);
    }
  }
  const hours = podHoursOf(input.mounts, from, to);
  const found = [...readers.entries()]
    .filter(([, r]) => !r.weight.isZero())
    .map(([key, r]) => ({ ...r, podHours: hours.get(key) ?? ZERO }))
    .sort((a, b) =>
      readerKey(a.namespace, a.workloadKind, a.workloadName).localeCompare(
        readerKey(b.namespace, b.workloadKind, b.workloadName),
      ),
    );
  if (found.length > 0) {
    const method =
      component.readers === "mounted_time"
        ? "pod-time-share"
        : component.readers === "write_bytes"
          ? "bytes-written"
          : "bytes-read";
    return { readers: found, method };
  }
  return {
    readers: [
      {
        namespace: owner,
        workloadKind: "none",
        workloadName: NOT_MOUNTED,
        weight: new Dec(1),
        podHours: ZERO,
      },
    ],
    method: "owner",
  };
}

/**
 * A volume's data-access costs for one UTC day: for each billed component (EFS Elastic GB read and
 * written, inter-AZ GB, S3 requests), the day's amount priced at the price in force, split among
 * the namespaces that read it (bytes their nodes read, shared on each node among the pods that had
 * it mounted) as one fact per reading namespace, with its workloads. The namespaces' costs add up
 * to the component's cost exactly; reads nobody is known to have made go to the owner's namespace
 * (unallocated when the volume has no claim). A component nothing measured that day has no fact.
 */
export function dataAccessDayCosts(input: DataAccessDayInput): DayFactItem[] {
  const { start, end: dayEnd } = dayBounds(input.day);
  const end = Math.min(dayEnd, input.now.getTime());
  if (end <= start) return [];
  const hours = new Dec(end - start).div(MS_PER_HOUR);
  const items: DayFactItem[] = [];
  for (const component of dataAccessComponents(input.volume)) {
    const measured = measure(input, component, start, end);
    if (!measured || measured.amount.isZero()) continue;
    const quantity = quantityOf(measured.amount, component);
    const candidates = input.catalog.filter(
      (p) =>
        p.provider === input.provider &&
        p.region === input.region &&
        p.product === component.product &&
        p.component === component.component,
    );
    const price = selectPriceInForce([...candidates], input.day);
    const unitPrice = price && price.tierMode === "flat" ? price.unitPrice : null;
    const cost = unitPrice ? quantity.times(unitPrice) : null;
    const { readers, method } = readersOf(input, component, start, end);
    const byNamespace = new Map<string | null, Reader[]>();
    for (const reader of readers)
      byNamespace.set(reader.namespace, [...(byNamespace.get(reader.namespace) ?? []), reader]);
    const namespaces = [...byNamespace.entries()];
    const weights = namespaces.map(([, rs]) => rs.reduce((a, r) => a.plus(r.weight), ZERO));
    const quantities = splitExactly(quantity, weights, 6);
    const costs = cost ? splitExactly(cost, weights, 10) : null;
    const total = weights.reduce((a, b) => a.plus(b), ZERO);
    const reason = unitPrice
      ? measured.reason
      : price
        ? "tiered data-access prices are not modelled"
        : `${explainNoPrice([...candidates], input.day)} (${component.product} ${component.component})`;
    namespaces.forEach(([namespace, nsReaders], index) => {
      const namespaceCost = costs?.[index] ?? null;
      const nsWeight = weights[index] as Dec;
      const workloadCosts = namespaceCost
        ? splitExactly(
            namespaceCost,
            nsReaders.map((r) => r.weight),
            10,
          )
        : null;
      const workloads: DayCostWorkload[] = nsReaders.map((r, i) => ({
        workloadKind: r.workloadKind,
        workloadName: r.workloadName,
        podHours: r.podHours,
        share: r.weight.div(nsWeight).toDecimalPlaces(10),
        cost: workloadCosts?.[i] ?? null,
      }));
      const allocated = namespace !== null;
      const fact: DayCostFact = {
        clusterId: input.clusterId,
        day: input.day,
        resourceKind: "VolumeDataAccess",
        resourceUid: `${input.volume.uid}/${namespace ?? "-"}`,
        component: component.component,
        status: unitPrice ? measured.status : "unpriced",
        allocation: allocated ? "allocated" : "unallocated",
        namespace,
        likelyOwnerNamespace: allocated ? null : input.volume.claimNamespace,
        storageClassName: input.volume.storageClassName,
        category: "data-access",
        priceEntryId: price?.id ?? null,
        priceOverrideId: null,
        priceSourceDate: price?.source.sourceDate ?? null,
        quantity: quantities[index] as Dec,
        unit: price?.unit ?? component.unit,
        hours,
        unitPrice,
        cost: namespaceCost,
        currency: price?.currency ?? "USD",
        reason,
        detail: {
          volumeUid: input.volume.uid,
          volumeName: input.volume.name,
          product: component.product,
          quantitySource: measured.source,
          allocationMethod: method,
          share: nsWeight.div(total).toDecimalPlaces(10).toString(),
          volumeQuantity: quantity.toDecimalPlaces(6).toString(),
          volumeCost: cost?.toDecimalPlaces(10).toString() ?? null,
        },
      };
      items.push({ fact, workloads });
    });
  }
  return items;
}
