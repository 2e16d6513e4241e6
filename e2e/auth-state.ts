import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CSRF_COOKIE, CSRF_HEADER } from "../lib/api/auth-cookies";

/** Where the setup project keeps the demo admin's signed-in browser state (git-ignored). */
export const ADMIN_STORAGE_STATE = path.join(import.meta.dirname, ".auth", "admin.json");

/**
 * The CSRF header of the saved session, so that specs' API writes (`request.post`) pass the CSRF
 * check as the app's own pages do. Empty before the setup project has signed in: Playwright loads
 * this config again in each worker, and the specs' workers start after the setup project.
 */
export function savedCsrfHeader(): Record<string, string> {
  if (!existsSync(ADMIN_STORAGE_STATE)) return {};
  const state = JSON.parse(readFileSync(ADMIN_STORAGE_STATE, "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  const token = state.cookies.find((cookie) => cookie.name === CSRF_COOKIE)?.value;
  return token ? { [CSRF_HEADER]: decodeURIComponent(token) } : {};
}
