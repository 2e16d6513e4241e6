import { bundledCatalogPrices } from "../../pricing/catalog";
import type { WasteStorageClass } from "../waste/inventory";
import { boundPair, daysAgo, GIB, inventory, NOW, usage } from "../waste/waste-test-fixtures";
import type { ClaimIo, ClaimUse, RecommendationContext, RecommendationInventory } from "./inventory";
import { DEFAULT_RECOMMENDATION_THRESHOLDS, type RecommendationThresholds } from "./thresholds";

// Shared by the recommendation rule tests (not a test itself): one-claim clusters on the bundled
// catalog (us-east-1, eastus, us-central1), with the claim's use and I/O.

export { daysAgo, GIB, NOW };

const catalog = bundledCatalogPrices();

export function context(thresholds: Partial<RecommendationThresholds> = {}): RecommendationContext {
  return {
    now: NOW,
    thresholds: { ...DEFAULT_RECOMMENDATION_THRESHOLDS, ...thresholds },
    pricing: { catalog, overrides: [], exchangeRates: [], displayCurrency: "USD" },
  };
}

const CLUSTERS = {
  aws: {
    id: "c-aws",
    name: "eks",
    provider: "aws",
    region: "us-east-1",
    driver: "ebs.csi.aws.com",
    zone: "us-east-1a",
  },
  azure: {
    id: "c-az",
    name: "aks",
    provider: "azure",
    region: "eastus",
    driver: "disk.csi.azure.com",
    zone: "eastus-1",
  },
  gcp: {
    id: "c-gcp",
    name: "gke",
    provider: "gcp",
    region: "us-central1",
    driver: "pd.csi.storage.gke.io",
    zone: "us-central1-a",
  },
} as const;

export function use(data: Partial<ClaimUse> = {}): ClaimUse {
  return {
    namespace: "ml",
    claimName: "data",
    roles: [],
    podsInWindow: 1,
    readOnlyPodsInWindow: 0,
    mountedNow: true,
    lastUnmountedAt: null,
    lastUsedBytes: null,
    ...data,
  };
}

export function io(data: Partial<ClaimIo> = {}): ClaimIo {
  return {
    namespace: "ml",
    claimName: "data",
    opsSamples: 30,
    p95Iops: null,
    p95WriteIops: null,
    bytesSamples: 0,
    p95BytesPerSecond: null,
    windowStart: daysAgo(30),
    windowEnd: NOW,
    ...data,
  };
}

/**
 * One cluster with one Bound claim `ml/data` of `gi` GiB on `storageClass`, plus its use, I/O and
 * p95 used bytes when given.
 */
export function oneClaim(options: {
  provider: keyof typeof CLUSTERS;
  storageClass: WasteStorageClass;
  gi: number;
  use?: Partial<ClaimUse>;
  io?: Partial<ClaimIo>;
  p95UsedGib?: number;
}): RecommendationInventory {
  const cluster = CLUSTERS[options.provider];
  const pair = boundPair("data", {
    claim: { storageClassName: options.storageClass.name, capacityBytes: BigInt(options.gi) * GIB },
    volume: {
      storageClassName: options.storageClass.name,
      csiDriver: options.storageClass.provisioner,
      capacityBytes: BigInt(options.gi) * GIB,
      zone: cluster.zone,
    },
  });
  return {
    ...inventory({
      cluster: { id: cluster.id, name: cluster.name, provider: cluster.provider, region: cluster.region },
      storageClasses: [options.storageClass],
      claims: [pair.claim],
      volumes: [pair.volume],
      usage:
        options.p95UsedGib === undefined
          ? []
          : [
              usage({
                claimName: "data",
                p95UsedBytes: options.p95UsedGib * 1024 ** 3,
                maxUsedBytes: options.p95UsedGib * 1024 ** 3,
              }),
            ],
    }),
    // A claim a pod mounts now unless the test says otherwise.
    claimUse: [use(options.use)],
    io: options.io ? [io(options.io)] : [],
    dataAccess: [],
  };
}

export const money = (value: { toFixed: (dp?: number) => string } | null | undefined) =>
  value?.toFixed() ?? null;
