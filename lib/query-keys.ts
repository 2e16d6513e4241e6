/** Every react-query key in one place, so invalidation can name what it refreshes. */
export const queryKeys = {
  overview: () => ["overview"] as const,
  priceCatalog: (params: { provider?: string }) => ["pricing", "catalog", params] as const,
  storageClassPricing: () => ["pricing", "storage-classes"] as const,
  priceOverrides: () => ["pricing", "overrides"] as const,
  pricingSettings: () => ["pricing", "settings"] as const,
  waste: (params: { cluster?: string; rule?: string; page: number }) => ["waste", params] as const,
  observations: (params: { cluster?: string; page: number }) => ["observations", params] as const,
};
