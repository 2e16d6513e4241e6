import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { optionalPageContext } from "@/lib/api/page-context";
import { safeNextPath } from "@/lib/api/public-paths";
import { getPrisma } from "@/lib/db/prisma";
import { DEMO_ACCOUNTS, demoLoginsShown } from "@/lib/demo/demo-accounts";
import { countUsers } from "@/lib/queries/identity/count-users";
import { LoginClient } from "./login-client";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await optionalPageContext()) redirect(next);
  const users = await countUsers(getPrisma());
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-semibold text-2xl text-slate-900">Sign in to Tierscope</h1>
      {users === 0 ? (
        <p
          role="alert"
          className="mt-6 rounded-md border border-amber-200 bg-amber-50 p-4 text-amber-900 text-sm"
        >
          No account exists yet. On the server, create the first admin with{" "}
          <code>tierscope users create --email you@example.com --role admin</code> (it asks for the password),
          then sign in here.
        </p>
      ) : (
        <LoginClient next={next} />
      )}
      {demoLoginsShown() ? (
        <section
          aria-label="Demo accounts"
          className="mt-8 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm"
        >
          <h2 className="font-medium text-slate-900">Demo accounts</h2>
          <p className="mt-1 text-slate-600">This is the demo: sign in as any of these.</p>
          <ul className="mt-3 space-y-2">
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email}>
                <code>{account.email}</code> / <code>{account.password}</code>
                <br />
                <span className="text-slate-500">{account.description}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
