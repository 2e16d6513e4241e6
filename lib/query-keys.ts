/** Every react-query key in one place, so invalidation can name what it refreshes. */
export const queryKeys = {
  overview: () => ["overview"] as const,
  observations: (params: { cluster?: string; page: number }) => ["observations", params] as const,
};
