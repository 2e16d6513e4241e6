import { clearedSessionCookies, isHttpsRequest, readCookie, SESSION_COOKIE } from "@/lib/api/auth-cookies";
import { crossSiteRefusal, sessionWriteRefusal } from "@/lib/api/request-refusal";
import { errorResponse, withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { requestIdFromHeaders } from "@/lib/server/request-id";
import { signOut } from "@/lib/services/identity/sign-out";

export const dynamic = "force-dynamic";

/**
 * Signs out: the session is revoked on the server and both cookies are cleared. Like every write
 * carried by the session cookie, it must come from this site with the session's CSRF token, so that
 * no other site can sign a user out.
 */
export const POST = withApiErrors(async (request: Request) => {
  const sessionSecret = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  const refusal = sessionSecret ? sessionWriteRefusal(request, sessionSecret) : crossSiteRefusal(request);
  if (refusal) return errorResponse(refusal.status, refusal.code, refusal.message);
  if (sessionSecret) {
    await signOut(getPrisma(), {
      sessionSecret,
      now: new Date(),
      requestId: requestIdFromHeaders(request.headers),
    });
  }
  const response = new Response(null, { status: 204 });
  for (const cookie of clearedSessionCookies(isHttpsRequest(request))) {
    response.headers.append("set-cookie", cookie);
  }
  return response;
});
