import { formatChange } from "./format-cost";

/** A group's change on the previous window: red when it grew, green when it shrank. */
export function ChangeCell({
  ratio,
  total,
  previous,
}: {
  ratio: number | null;
  total: string;
  previous: string;
}) {
  const text = formatChange(ratio, total);
  const colour =
    ratio === null || ratio === 0 ? "text-slate-500" : ratio > 0 ? "text-rose-700" : "text-emerald-700";
  return (
    <span className={`tabular-nums ${colour}`} title={`previous window: ${previous}`}>
      {text}
    </span>
  );
}
