import type { ReactNode } from "react";

/**
 * Scrolls a wide table sideways inside its own box, so on a narrow screen the page never does. The
 * box takes keyboard focus so it scrolls with the arrow keys too (WCAG 2.1.1, axe's
 * scrollable-region-focusable).
 */
export function TableScroll({ children }: { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard
    <div className="max-w-full overflow-x-auto" tabIndex={0}>
      {children}
    </div>
  );
}
