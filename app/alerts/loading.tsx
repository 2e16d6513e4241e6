export default function AlertsLoading() {
  return (
    <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading the alerts">
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="h-32 animate-pulse rounded-lg bg-slate-100" />
      <div className="h-64 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
