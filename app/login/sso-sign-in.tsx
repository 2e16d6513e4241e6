import { OIDC_START_PATH } from "@/lib/identity/oidc/oidc-settings";

/**
 * "Sign in with <provider>": a plain link (a full navigation to the provider and back), shown when
 * single sign-on is configured; with the reason the last attempt failed, when there is one.
 */
export function SsoSignIn({
  providerName,
  next,
  failure,
}: {
  providerName: string | null;
  next: string;
  failure: string | null;
}) {
  return (
    <div className="mt-6 space-y-3">
      {failure ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800 text-sm">
          {failure}
        </p>
      ) : null}
      {providerName ? (
        <a
          href={`${OIDC_START_PATH}?${new URLSearchParams({ next })}`}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-center font-medium text-slate-900 text-sm hover:bg-slate-50"
        >
          Sign in with {providerName}
        </a>
      ) : null}
    </div>
  );
}
