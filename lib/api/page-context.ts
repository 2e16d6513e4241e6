import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getPrisma } from "../db/prisma";
import { requestIdFromHeaders } from "../server/request-id";
import { authenticateSession } from "../services/identity/authenticate-session";
import type { ServiceContext } from "../services/service-context";
import { SESSION_COOKIE } from "./auth-cookies";

/**
 * The context of the person viewing a page (their session cookie); without a valid session the
 * page is not rendered: the browser is sent to /login.
 */
export async function pageContext(): Promise<ServiceContext> {
  const ctx = await optionalPageContext();
  if (!ctx) redirect("/login");
  return ctx;
}

/** The viewer's context, or null when nobody is signed in (the login page itself). */
export async function optionalPageContext(): Promise<ServiceContext | null> {
  const sessionSecret = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!sessionSecret) return null;
  const requestId = requestIdFromHeaders(await headers());
  return authenticateSession(getPrisma(), { sessionSecret, now: new Date(), requestId });
}
