import { csrfTokenFor, sameSecret } from "../identity/secret-token";
import { CSRF_HEADER } from "./auth-cookies";
import type { Authenticated } from "./authenticate-request";

export interface Refusal {
  readonly status: 403;
  readonly code: "csrf" | "forbidden";
  readonly message: string;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/**
 * Why an authenticated request must still be refused, or null:
 * - a state-changing request carried by the session cookie (which a browser attaches to requests
 *   any site makes) must come from this site (Origin) and echo the session's CSRF token in
 *   X-CSRF-Token, which only this site's pages can read; bearer requests need neither;
 * - a read token only reads; a collector token only writes (its cluster's observations).
 */
export function requestRefusal(
  request: Pick<Request, "method" | "headers">,
  auth: Authenticated,
): Refusal | null {
  const safe = isSafeMethod(request.method);
  if (auth.via === "token") {
    const scope = auth.ctx.actor.kind === "token" ? (auth.ctx.actor.tokenScope ?? "read") : "read";
    if (scope === "read" && !safe) return forbidden("This API token is read-only");
    if (scope === "collector" && safe) return forbidden("A collector token only pushes observations");
    return null;
  }
  if (safe) return null;
  return sessionWriteRefusal(request, auth.sessionSecret);
}

/**
 * Why a state-changing request carried by the session whose secret is `sessionSecret` must be
 * refused, or null: it must come from this site and echo the session's CSRF token.
 */
export function sessionWriteRefusal(
  request: Pick<Request, "headers">,
  sessionSecret: string,
): Refusal | null {
  return crossSiteRefusal(request) ?? csrfTokenRefusal(request, sessionSecret);
}

/** A state-changing request sent by a page of another site (Origin or Sec-Fetch-Site says so). */
export function crossSiteRefusal(request: Pick<Request, "headers">): Refusal | null {
  if (request.headers.get("sec-fetch-site") === "cross-site") return csrf("Cross-site request refused");
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  return originHost !== null && originHost === host ? null : csrf("Cross-site request refused");
}

function csrfTokenRefusal(request: Pick<Request, "headers">, sessionSecret: string): Refusal | null {
  const sent = request.headers.get(CSRF_HEADER);
  if (sent && sameSecret(sent, csrfTokenFor(sessionSecret))) return null;
  return csrf(`Missing or wrong ${CSRF_HEADER} header: reload the page and try again`);
}

function csrf(message: string): Refusal {
  return { status: 403, code: "csrf", message };
}

function forbidden(message: string): Refusal {
  return { status: 403, code: "forbidden", message };
}
