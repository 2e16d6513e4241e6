/** (current − previous) ÷ previous for display; null when there was nothing before. */
export function change(current: string, previous: string): number | null {
  const before = Number(previous);
  return before === 0 ? null : (Number(current) - before) / before;
}
