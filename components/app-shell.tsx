import Link from "next/link";
import type { ReactNode } from "react";
import { optionalPageContext } from "@/lib/api/page-context";
import { describeActor } from "@/lib/services/service-context";
import { CostsStaleBanner } from "./costs-stale-banner";
import { MainNav } from "./main-nav";
import { MobileNav } from "./mobile-nav";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./ui/theme-toggle";

// Only areas that exist are linked; each later area adds its entry here.
const NAVIGATION = [
  { href: "/", label: "Overview" },
  { href: "/showback", label: "Showback" },
  { href: "/budgets", label: "Budgets" },
  { href: "/volumes", label: "Volumes" },
  { href: "/snapshots", label: "Snapshots" },
  { href: "/observations", label: "Imports" },
  { href: "/pricing", label: "Pricing" },
  { href: "/worklist", label: "Worklist" },
  { href: "/waste", label: "Waste" },
  { href: "/gpu-efficiency", label: "GPU efficiency" },
  { href: "/recommendations", label: "Recommendations" },
  { href: "/reports", label: "Reports" },
  { href: "/digests", label: "Digests" },
  { href: "/alerts", label: "Alerts" },
  { href: "/settings", label: "Settings" },
  { href: "/api-reference", label: "API reference" },
] as const;

/** Shown to admins only; the pages and the API refuse everyone else whatever the links say. */
const ADMIN_NAVIGATION = [
  { href: "/admin/tokens", label: "API tokens" },
  { href: "/admin/audit", label: "Audit log" },
] as const;

/** The navigation and banners for a signed-in viewer; the bare page (the login form) otherwise. */
export async function AppShell({ children }: { children: ReactNode }) {
  const ctx = await optionalPageContext();
  if (!ctx) return <main className="px-8 py-16">{children}</main>;
  const items = ctx.roles.includes("admin") ? [...NAVIGATION, ...ADMIN_NAVIGATION] : NAVIGATION;
  const account = (
    <>
      <p>{describeActor(ctx.actor).replace(/^user /, "")}</p>
      <p>{ctx.roles.join(", ")}</p>
      <SignOutButton />
      <p className="pt-2">
        <ThemeToggle />
      </p>
    </>
  );
  return (
    <div className="min-h-screen md:flex">
      <MobileNav items={items} account={account} />
      <aside className="hidden w-56 shrink-0 border-slate-200 border-r bg-white md:block">
        <div className="px-5 py-5">
          <Link href="/" className="font-semibold text-lg text-slate-900 tracking-tight">
            Tierscope
          </Link>
          <p className="mt-1 text-slate-500 text-xs">Kubernetes AI storage costs</p>
        </div>
        <MainNav items={items} />
        <div className="mt-6 space-y-1 px-6 text-slate-500 text-xs">{account}</div>
      </aside>
      <div className="min-w-0 flex-1">
        <CostsStaleBanner />
        <main className="px-4 py-6 md:px-8 md:py-8">{children}</main>
      </div>
    </div>
  );
}
