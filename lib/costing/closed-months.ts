// Closed months inside a view's window, as the banner and the API state them (pure: a query fills
// them in). A closed month's cost facts are frozen: the recompute skips its days, so a price or an
// import that changes after the close is NOT in its figures until an admin reopens the month and the
// costs are recomputed. Days of the same window outside the closed month do follow the change.

/** One closed month that a view's window includes, and what changed after it was closed. */
export interface ClosedMonthInWindow {
  /** YYYY-MM */
  month: string;
  /** When the month was closed for the whole fleet (ISO timestamp), and by whom. */
  closedAt: string;
  closedBy: string;
  /** Price catalog loads or refreshes, price overrides and currency settings changed after the close. */
  priceChangesSinceClose: number;
  lastPriceChangeAt: string | null;
  /** Completed imports of data up to the month's end that finished after the close. */
  importsSinceClose: number;
  lastImportAt: string | null;
  /** Always "frozen": the figures of a closed month are the ones it was closed with. */
  figures: "frozen";
}

/** A view's result with the closed months its window includes (empty when it includes none). */
export type WithClosedMonths<T> = T & { closedMonths: ClosedMonthInWindow[] };

function minute(iso: string): string {
  return `${iso.replace("T", " ").slice(0, 16)} UTC`;
}

function changesSentence(closed: ClosedMonthInWindow): string | null {
  const changes = [
    ...(closed.priceChangesSinceClose > 0
      ? [
          `${closed.priceChangesSinceClose} price change${closed.priceChangesSinceClose === 1 ? "" : "s"} (last ${minute(closed.lastPriceChangeAt ?? closed.closedAt)})`,
        ]
      : []),
    ...(closed.importsSinceClose > 0
      ? [
          `${closed.importsSinceClose} import${closed.importsSinceClose === 1 ? "" : "s"} (last ${minute(closed.lastImportAt ?? closed.closedAt)})`,
        ]
      : []),
  ];
  if (changes.length === 0) return null;
  return (
    `Changed after the close: ${changes.join(" and ")}. ${closed.month}'s figures do not include ` +
    "them (an admin must reopen the month and recompute to restate it); days of this window outside " +
    `${closed.month} do, so the window mixes both.`
  );
}

/** The banner's lines: one per closed month, then what changed after its close, if anything. */
export function closedMonthLines(closedMonths: ClosedMonthInWindow[]): string[] {
  return closedMonths.flatMap((closed) => {
    const changes = changesSentence(closed);
    return [
      `${closed.month} is closed (by ${closed.closedBy}, ${minute(closed.closedAt)}): its figures are frozen as closed.`,
      ...(changes ? [changes] : []),
    ];
  });
}
