import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { optionalPageContext } from "@/lib/api/page-context";
import { safeNextPath } from "@/lib/api/public-paths";
import { getPrisma } from "@/lib/db/prisma";
import { DEMO_ACCOUNTS, demoLoginsShown } from "@/lib/demo/demo-accounts";
import { isOidcFailureReason, oidcFailureMessage } from "@/lib/identity/oidc/oidc-failure";
import { readOidcSettings } from "@/lib/identity/oidc/oidc-settings";
import { countUsers } from "@/lib/services/identity/count-users";
import { LoginClient } from "./login-client";
import { SsoSignIn } from "./sso-sign-in";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; sso_error?: string }>;
}) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await optionalPageContext()) redirect(next);
  const users = await countUsers(getPrisma());
  const providerName = ssoProviderName();
  const failure = isOidcFailureReason(params.sso_error)
    ? oidcFailureMessage(params.sso_error, providerName ?? "The identity provider")
    : null;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-semibold text-2xl text-slate-900">Sign in to Tierscope</h1>
      <SsoSignIn providerName={providerName} next={next} failure={failure} />
      {users === 0 && !providerName ? (
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

/** The provider's name when single sign-on is configured; a broken configuration is logged, not shown. */
function ssoProviderName(): string | null {
  try {
    return readOidcSettings()?.displayName ?? null;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return null;
  }
}
