import { type NextRequest, NextResponse } from "next/server";
import { errorResponse } from "@/lib/api/api-error-response";
import { authenticateRequest } from "@/lib/api/authenticate-request";
import { contentSecurityPolicy, NONCE_HEADER, newNonce } from "@/lib/api/content-security-policy";
import { isApiPath, isPublicPath } from "@/lib/api/public-paths";
import { requestRefusal } from "@/lib/api/request-refusal";
import { getPrisma } from "@/lib/db/prisma";
import { REQUEST_ID_HEADER, requestIdFromHeaders } from "@/lib/server/request-id";

/**
 * The front door, in front of every request (Next.js runs it before routing, on Node.js). It fails
 * closed: anything not on the short public list needs a valid session cookie or API token, checked
 * against the database here (so a page never renders for a stale or forged cookie), and a
 * cookie-authenticated write needs its CSRF token. Routes check again with requestContext. Every
 * answer carries a Content-Security-Policy with a nonce of its own, which Next.js puts on the
 * page's scripts (it reads the policy from the request headers set here).
 */
export async function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  // A client's id reaches logs and the audit log only when it is a sane token.
  headers.set(REQUEST_ID_HEADER, requestIdFromHeaders(headers));
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", policy);
  const response = await frontDoor(request, headers);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

async function frontDoor(request: NextRequest, headers: Headers): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname)) return NextResponse.next({ request: { headers } });
  const auth = await authenticateRequest(getPrisma(), { headers }, new Date());
  if (!auth) {
    if (isApiPath(pathname)) {
      return errorResponse(401, "not_authenticated", "Sign in, or send an API token (Authorization: Bearer)");
    }
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const refusal = requestRefusal(request, auth);
  if (refusal) return errorResponse(refusal.status, refusal.code, refusal.message);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything but the build's static files, which hold no data, and collector pushes (observations, metrics): the proxy
  // would buffer their bodies (up to 10 MB, then cut them); their route authenticates itself
  // (requestContext, then assertCollectorFor), so they too fail closed. Each exclusion is anchored
  // at its end: a path that merely starts like one (favicon.icox, …/observationsx) is checked.
  matcher: [
    "/((?!_next/static/|_next/image$|favicon\\.ico$|api/v1/clusters/[^/]+/observations$|api/v1/clusters/[^/]+/metrics$).*)",
  ],
};
