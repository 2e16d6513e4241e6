/** The Reports page while the report loads: the layout it will have, in grey. */
export function ReportSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true" data-testid="report-loading">
      <p className="sr-only">Loading the report…</p>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <div key={i} className="h-24 animate-pulse rounded-lg border border-slate-200 bg-white" />
        ))}
      </div>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <div key={i} className="h-5 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
