import type { Db } from "../db/prisma";
import { requestIdFromHeaders } from "../server/request-id";
import { authenticateApiToken } from "../services/identity/authenticate-api-token";
import { authenticateSession } from "../services/identity/authenticate-session";
import type { ServiceContext } from "../services/service-context";
import { readCookie, SESSION_COOKIE } from "./auth-cookies";

export type Authenticated =
  | { readonly via: "session"; readonly ctx: ServiceContext; readonly sessionSecret: string }
  | { readonly via: "token"; readonly ctx: ServiceContext };

/**
 * Who sent a request: an `Authorization: Bearer` API token if there is one (a bad token is not
 * rescued by a cookie), otherwise the session cookie; null when neither is valid.
 */
export async function authenticateRequest(
  db: Db,
  request: Pick<Request, "headers">,
  now: Date,
): Promise<Authenticated | null> {
  const requestId = requestIdFromHeaders(request.headers);
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const ctx = token ? await authenticateApiToken(db, { token, now, requestId }) : null;
    return ctx ? { via: "token", ctx } : null;
  }
  const sessionSecret = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (!sessionSecret) return null;
  const ctx = await authenticateSession(db, { sessionSecret, now, requestId });
  return ctx ? { via: "session", ctx, sessionSecret } : null;
}
