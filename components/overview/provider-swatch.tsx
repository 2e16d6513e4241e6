/**
 * A provider's name after a square of its bar colour: the name stays in the text colour, since the
 * bar colours are too light to read as text (WCAG AA contrast).
 */
export function ProviderSwatch({ provider, label }: { provider: "aws" | "azure" | "gcp"; label: string }) {
  const colour = {
    aws: "bg-[var(--color-cluster-aws)]",
    azure: "bg-[var(--color-cluster-azure)]",
    gcp: "bg-[var(--color-cluster-gcp)]",
  }[provider];
  return (
    <span className="whitespace-nowrap">
      <span aria-hidden="true" className={`mr-1 inline-block size-2.5 rounded-sm align-baseline ${colour}`} />
      {label}
    </span>
  );
}
