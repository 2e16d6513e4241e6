import { clearedSessionCookies, isHttpsRequest, readCookie, SESSION_COOKIE } from "@/lib/api/auth-cookies";
import { REQUEST_ID_HEADER } from "@/lib/api/authenticate-request";
import { crossSiteRefusal } from "@/lib/api/request-refusal";
import { errorResponse, withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { signOut } from "@/lib/services/identity/sign-out";

export const dynamic = "force-dynamic";

/** Signs out: the session is revoked on the server and both cookies are cleared. */
export const POST = withApiErrors(async (request: Request) => {
  const refusal = crossSiteRefusal(request);
  if (refusal) return errorResponse(refusal.status, refusal.code, refusal.message);
  const sessionSecret = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (sessionSecret) {
    await signOut(getPrisma(), {
      sessionSecret,
      now: new Date(),
      requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined,
    });
  }
  const response = new Response(null, { status: 204 });
  for (const cookie of clearedSessionCookies(isHttpsRequest(request))) {
    response.headers.append("set-cookie", cookie);
  }
  return response;
});
