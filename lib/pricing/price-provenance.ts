import type { Grade, IsoDay, PriceSourceInfo, SourceKind } from "./types";

/** What a source's grade means, in the words the Pricing page, the API docs and the CLI use. */
export const GRADE_MEANING: Record<Grade, string> = {
  A: "grade A: the provider's own price list, API record or pricing page",
  B: "grade B: a dated capture of the provider's price API response",
  C: "grade C: the provider's figure as quoted by a third party",
};

/** The meaning of a grade as stored (the database keeps it as text). */
export function gradeMeaning(grade: string): string {
  return GRADE_MEANING[grade as Grade] ?? `grade ${grade}`;
}

const KIND_LABEL: Record<SourceKind, string> = {
  bundled: "bundled list price",
  api_refresh: "price API refresh",
  manual: "entered by hand",
};

/**
 * When a price applies, as finance reads it: from the provider's effective date, or "in force since
 * at least" a day (and applied to earlier days too) when no record states the effective date.
 */
export function inForceText(p: {
  effectiveFrom: IsoDay;
  effectiveTo: IsoDay | null;
  inForceSinceAtLeast?: IsoDay | null;
}): string {
  const until = p.effectiveTo ? ` until ${p.effectiveTo}` : "";
  return p.inForceSinceAtLeast
    ? `in force since at least ${p.inForceSinceAtLeast}, applied to earlier days too${until}`
    : `effective ${p.effectiveFrom}${until}`;
}

/** "bundled list price · prices of 2026-10-07 · confirmed 2026-10-07 · grade B: …" */
export function sourceText(source: Pick<PriceSourceInfo, "kind" | "sourceDate" | "confirmedOn" | "grade">) {
  return [
    KIND_LABEL[source.kind],
    `prices of ${source.sourceDate}`,
    source.confirmedOn ? `confirmed ${source.confirmedOn}` : null,
    source.grade ? gradeMeaning(source.grade) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
