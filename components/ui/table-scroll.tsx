import type { ReactNode } from "react";

/** Scrolls a wide table sideways inside its own box, so on a narrow screen the page never does. */
export function TableScroll({ children }: { children: ReactNode }) {
  return <div className="max-w-full overflow-x-auto">{children}</div>;
}
