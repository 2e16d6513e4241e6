import { isHttpsRequest, readCookie, SESSION_COOKIE, sessionCookies } from "@/lib/api/auth-cookies";
import { crossSiteRefusal } from "@/lib/api/request-refusal";
import { errorResponse, withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { requestIdFromHeaders } from "@/lib/server/request-id";
import { signIn, ZSignIn } from "@/lib/services/identity/sign-in";

export const dynamic = "force-dynamic";

/** Signs in with `{ email, password }`: a new session in an httpOnly cookie, its CSRF token beside it. */
export const POST = withApiErrors(async (request: Request) => {
  // Login CSRF: another site must not sign a visitor into an account of its choosing.
  const refusal = crossSiteRefusal(request);
  if (refusal) return errorResponse(refusal.status, refusal.code, refusal.message);
  const signedIn = await signIn(getPrisma(), {
    input: ZSignIn.parse(await request.json()),
    previousSessionSecret: readCookie(request.headers.get("cookie"), SESSION_COOKIE) ?? undefined,
    now: new Date(),
    requestId: requestIdFromHeaders(request.headers),
  });
  const response = Response.json({
    user: signedIn.ctx.actor.kind === "user" ? signedIn.ctx.actor.email : null,
    roles: signedIn.ctx.roles,
    csrfToken: signedIn.csrfToken,
  });
  const secure = isHttpsRequest(request);
  for (const cookie of sessionCookies(signedIn, secure)) response.headers.append("set-cookie", cookie);
  return response;
});
