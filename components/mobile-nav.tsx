"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";
import { MainNav } from "./main-nav";

/**
 * The navigation on narrow screens: a top bar with a menu button that opens the same links the
 * sidebar holds on wide ones, and closes again once a page is chosen.
 */
export function MobileNav({
  items,
  account,
}: {
  items: readonly { href: string; label: string }[];
  account: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing on navigation is the point.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <header className="border-slate-200 border-b bg-white md:hidden">
      <div className="flex items-center justify-between px-4 py-3">
        <Link href="/" className="font-semibold text-lg text-slate-900 tracking-tight">
          Tierscope
        </Link>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="mobile-menu"
          onClick={() => setOpen((was) => !was)}
          className="rounded-md border border-slate-300 px-3 py-1 text-slate-700 text-sm"
        >
          {open ? "Close" : "Menu"}
        </button>
      </div>
      {open && (
        <div id="mobile-menu" className="pb-4">
          <MainNav items={items} />
          <div className="mt-4 space-y-1 px-6 text-slate-500 text-xs">{account}</div>
        </div>
      )}
    </header>
  );
}
