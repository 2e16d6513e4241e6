/** Every react-query key in one place, so invalidation can name what it refreshes. */
export const queryKeys = {
  overview: () => ["overview"] as const,
  priceCatalog: (params: { provider?: string }) => ["pricing", "catalog", params] as const,
  storageClassPricing: () => ["pricing", "storage-classes"] as const,
  priceOverrides: () => ["pricing", "overrides"] as const,
  pricingSettings: () => ["pricing", "settings"] as const,
  observations: (params: { cluster?: string; page: number }) => ["observations", params] as const,
  waste: (params: { cluster?: string; rule?: string; page: number }) => ["waste", params] as const,
  showback: (params: object) => ["costs", "showback", params] as const,
  costFacts: (params: object) => ["costs", "facts", params] as const,
  namespaceCosts: (params: object) => ["costs", "namespace", params] as const,
  teamCosts: (params: object) => ["costs", "team", params] as const,
  volumes: (params: object) => ["volumes", "list", params] as const,
  volumeDetail: (params: object) => ["volumes", "detail", params] as const,
  snapshotChains: (params: object) => ["snapshots", "chains", params] as const,
  snapshotChain: (params: object) => ["snapshots", "chain", params] as const,
  snapshotRetentionWhatIf: (params: object) => ["snapshots", "what-if", params] as const,
  recommendations: (params: { cluster?: string; rule?: string; page: number }) =>
    ["recommendations", "list", params] as const,
  recommendationDismissals: (params: { page: number }) => ["recommendations", "dismissals", params] as const,
  reportMonths: () => ["reports", "months"] as const,
  chargebackReport: (params: object) => ["reports", "chargeback", params] as const,
};
