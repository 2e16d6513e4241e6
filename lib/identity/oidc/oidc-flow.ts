import { z } from "zod";

/**
 * What the browser keeps between sending the user to the provider and their return: the PKCE code
 * verifier, the state and nonce the callback must match, and the page to land on. It travels in a
 * short-lived httpOnly cookie scoped to the callback, so only the browser that started a sign-in
 * can finish it, and it is cleared when the callback is answered.
 */
export const ZOidcFlow = z
  .object({
    state: z.string().min(16).max(200),
    nonce: z.string().min(16).max(200),
    codeVerifier: z.string().min(43).max(128),
    next: z.string().startsWith("/").max(2000),
  })
  .strict();
export type TOidcFlow = z.infer<typeof ZOidcFlow>;

export const OIDC_FLOW_COOKIE = "tierscope_oidc_flow";
/** Long enough to sign in at the provider (and maybe reset a password there), short enough to expire. */
export const OIDC_FLOW_MAX_AGE_SECONDS = 15 * 60;

export function encodeOidcFlow(flow: TOidcFlow): string {
  return Buffer.from(JSON.stringify(flow)).toString("base64url");
}

/** The flow in a cookie's value, or null when it is missing, malformed or not a flow. */
export function decodeOidcFlow(value: string | null | undefined): TOidcFlow | null {
  if (!value) return null;
  try {
    const parsed = ZOidcFlow.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
