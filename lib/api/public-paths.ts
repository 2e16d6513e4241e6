/**
 * The only paths served without credentials: signing in and out (by password, or single sign-on's
 * start and the provider's return to its callback), the framework's static files,
 * the health probes, and the digest unsubscribe link (whose signed token is its credential).
 * Everything else, every page and every /api route, present or future, needs a session or token.
 */
const PUBLIC_EXACT = new Set([
  "/login",
  "/api/auth/login",
  "/api/auth/logout",
  "/api/auth/oidc/start",
  "/api/auth/oidc/callback",
  "/healthz",
  "/readyz",
  "/unsubscribe",
  "/favicon.ico",
  "/robots.txt",
]);
const PUBLIC_PREFIXES = ["/_next/static/", "/_next/image"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_EXACT.has(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

/** API paths answer 401 JSON; every other path is a page that redirects to /login. */
export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/** Where to go after signing in: a path on this site only (never `//other.site` or a URL). */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
