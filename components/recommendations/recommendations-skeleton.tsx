/** The Recommendations page while it loads: the layout it will have, in grey. */
export function RecommendationsSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true" data-testid="recommendations-loading">
      <p className="sr-only">Loading recommendations…</p>
      <div className="space-y-2">
        <div className="h-7 w-48 animate-pulse rounded bg-slate-200" />
        <div className="h-4 w-2/3 animate-pulse rounded bg-slate-100" />
      </div>
      <div className="h-20 animate-pulse rounded-lg border border-slate-200 bg-white" />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <div key={i} className="h-24 animate-pulse rounded-lg border border-slate-200 bg-white" />
        ))}
      </div>
      {Array.from({ length: 4 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={i} className="h-28 animate-pulse rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
