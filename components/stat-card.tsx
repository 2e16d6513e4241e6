export function StatCard(props: { label: string; value: string; testId: string; title?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-5" data-testid={props.testId}>
      <p className="text-slate-500 text-sm">{props.label}</p>
      <p className="mt-1 font-semibold text-3xl tabular-nums" title={props.title}>
        {props.value}
      </p>
    </div>
  );
}
