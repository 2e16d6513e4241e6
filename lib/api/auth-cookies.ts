import { OIDC_FLOW_COOKIE, OIDC_FLOW_MAX_AGE_SECONDS } from "../identity/oidc/oidc-flow";
import { SESSION_ABSOLUTE_MS } from "../identity/session-policy";

/** The session's secret: httpOnly, never readable by the page's scripts. */
export const SESSION_COOKIE = "tierscope_session";
/** The session's CSRF token: readable by the page, which echoes it in CSRF_HEADER on writes. */
export const CSRF_COOKIE = "tierscope_csrf";
export const CSRF_HEADER = "x-csrf-token";

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(cookieHeader: string | null, name: string): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

/**
 * Whether cookies must be Secure: the request came over HTTPS (directly, or through a proxy that
 * says so in X-Forwarded-Proto), or TIERSCOPE_SECURE_COOKIES=1 says the site is only ever HTTPS.
 */
export function isHttpsRequest(request: Pick<Request, "url" | "headers">): boolean {
  if (process.env.TIERSCOPE_SECURE_COOKIES === "1") return true;
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? new URL(request.url).protocol.replace(":", "")) === "https";
}

function cookie(
  name: string,
  value: string,
  options: { httpOnly: boolean; secure: boolean; maxAgeSeconds: number; path?: string },
) {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path ?? "/"}`,
    `Max-Age=${options.maxAgeSeconds}`,
    "SameSite=Lax",
    ...(options.httpOnly ? ["HttpOnly"] : []),
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

/** The Set-Cookie values of a new session. */
export function sessionCookies(
  session: { sessionSecret: string; csrfToken: string },
  secure: boolean,
): string[] {
  const maxAgeSeconds = Math.floor(SESSION_ABSOLUTE_MS / 1000);
  return [
    cookie(SESSION_COOKIE, session.sessionSecret, { httpOnly: true, secure, maxAgeSeconds }),
    cookie(CSRF_COOKIE, session.csrfToken, { httpOnly: false, secure, maxAgeSeconds }),
  ];
}

/** The Set-Cookie values that remove both cookies. */
export function clearedSessionCookies(secure: boolean): string[] {
  return [
    cookie(SESSION_COOKIE, "", { httpOnly: true, secure, maxAgeSeconds: 0 }),
    cookie(CSRF_COOKIE, "", { httpOnly: false, secure, maxAgeSeconds: 0 }),
  ];
}

/** Single sign-on's flow cookie: sent back only to the callback (SameSite=Lax: a top-level GET). */
const OIDC_FLOW_PATH = "/api/auth/oidc";

export function oidcFlowCookie(value: string, secure: boolean): string {
  return cookie(OIDC_FLOW_COOKIE, value, {
    httpOnly: true,
    secure,
    maxAgeSeconds: OIDC_FLOW_MAX_AGE_SECONDS,
    path: OIDC_FLOW_PATH,
  });
}

export function clearedOidcFlowCookie(secure: boolean): string {
  return cookie(OIDC_FLOW_COOKIE, "", { httpOnly: true, secure, maxAgeSeconds: 0, path: OIDC_FLOW_PATH });
}
