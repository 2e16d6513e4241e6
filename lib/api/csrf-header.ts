import { CSRF_COOKIE, CSRF_HEADER, readCookie } from "./auth-cookies";

/**
 * In the browser: the header that proves a write comes from a Tierscope page, read from the
 * session's CSRF cookie (which other sites cannot read). Spread it into every non-GET fetch.
 */
export function csrfHeader(): Record<string, string> {
  const token = typeof document === "undefined" ? null : readCookie(document.cookie, CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}
