import { getPrisma } from "../db/prisma";
import type { ServiceContext } from "../services/service-context";
import { ForbiddenError, NotAuthenticatedError } from "../services/service-errors";
import { authenticateRequest } from "./authenticate-request";
import { requestRefusal } from "./request-refusal";

/**
 * The context of an API request: who sent it (session cookie or bearer token), their roles and
 * team scope. Throws NotAuthenticatedError (401) without valid credentials, and ForbiddenError
 * (403) for a cookie write without its CSRF token or a token used beyond its scope. Every route
 * handler starts with it (wrapped in withApiErrors), even though proxy.ts has checked already.
 */
export async function requestContext(request: Request): Promise<ServiceContext> {
  const auth = await authenticateRequest(getPrisma(), request, new Date());
  if (!auth) throw new NotAuthenticatedError();
  const refusal = requestRefusal(request, auth);
  if (refusal) throw new ForbiddenError(refusal.message);
  return auth.ctx;
}
