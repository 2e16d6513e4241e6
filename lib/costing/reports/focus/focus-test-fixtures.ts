import type { FocusFact } from "./focus-fact";

/**
 * A day of a 500 GiB gp3 volume in October 2026: 500 GiB × $0.08 × 24 h ÷ 744 h (AWS's
 * calendar-month rule) = $1.2903225806.
 */
export const focusFact = (over: Partial<FocusFact> = {}): FocusFact => ({
  day: "2026-10-15",
  orgId: "0d5c2f6e-0000-4000-8000-000000000001",
  orgName: "Acme",
  clusterId: "0d5c2f6e-0000-4000-8000-000000000002",
  clusterName: "prod",
  provider: "aws",
  region: "us-east-1",
  resourceKind: "PersistentVolume",
  resourceUid: "pv-uid-1",
  resourceName: "pvc-train-data",
  component: "capacity",
  status: "priced",
  allocation: "allocated",
  namespace: "ml",
  likelyOwnerNamespace: null,
  team: "ml",
  costCentre: "CC-1",
  storageClassName: "gp3",
  category: "block",
  product: "ebs-gp3",
  priceEntryId: "0d5c2f6e-0000-4000-8000-000000000003",
  priceSourceDate: "2026-09-01",
  quantity: "500",
  unit: "GiB_month",
  hours: "24",
  unitPrice: "0.08",
  cost: "1.2903225806",
  currency: "USD",
  detail: {
    includedQuantity: null,
    exchangeRate: null,
    discountPercent: null,
    segments: null,
    earlyDeletion: null,
    storedBytes: null,
    split: null,
  },
  ...over,
});
