"use client";
import { csrfHeader } from "@/lib/api/csrf-header";

/** Revokes the session on the server, then shows the login page. */
export function SignOutButton() {
  return (
    <button
      type="button"
      className="text-slate-500 text-xs underline hover:text-slate-900"
      onClick={async () => {
        await fetch("/api/auth/logout", { method: "POST", headers: csrfHeader() });
        window.location.assign("/login");
      }}
    >
      Sign out
    </button>
  );
}
