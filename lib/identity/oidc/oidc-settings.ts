import { z } from "zod";
import { type TGroupMap, ZGroupMap } from "./group-access";

const ZOidcEnv = z.object({
  TIERSCOPE_OIDC_ISSUER: z.url({ protocol: /^https?$/ }),
  TIERSCOPE_OIDC_CLIENT_ID: z.string().min(1),
  TIERSCOPE_OIDC_CLIENT_SECRET: z.string().min(1),
  TIERSCOPE_OIDC_NAME: z.string().trim().min(1).max(60).default("single sign-on"),
  TIERSCOPE_OIDC_SCOPES: z.string().trim().min(1).default("openid email profile"),
  TIERSCOPE_OIDC_GROUPS_CLAIM: z.string().trim().min(1).default("groups"),
  TIERSCOPE_OIDC_GROUP_MAP: z.string().transform((text, ctx): TGroupMap => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "is not JSON" });
      return z.NEVER;
    }
    const parsed = ZGroupMap.safeParse(json);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    ctx.addIssue({ code: "custom", message: `${issue?.path.join(".")}: ${issue?.message}` });
    return z.NEVER;
  }),
  /** The app's address as browsers reach it: the redirect URI is `<it>/api/auth/oidc/callback`. */
  TIERSCOPE_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Shown on the login page: "Sign in with <displayName>". */
  readonly displayName: string;
  readonly scope: string;
  readonly groupsClaim: string;
  readonly groupMap: TGroupMap;
  readonly publicUrl: string | null;
}

export const OIDC_CALLBACK_PATH = "/api/auth/oidc/callback";
export const OIDC_START_PATH = "/api/auth/oidc/start";

/**
 * Single sign-on's settings from the environment, or null when TIERSCOPE_OIDC_ISSUER is unset (local
 * accounts only). Once the issuer is set, a missing or malformed variable is an error naming it.
 */
export function readOidcSettings(
  source: Readonly<Record<string, string | undefined>> = process.env,
): OidcSettings | null {
  if (!source.TIERSCOPE_OIDC_ISSUER) return null;
  const parsed = ZOidcEnv.safeParse({
    ...Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
    TIERSCOPE_PUBLIC_URL: source.TIERSCOPE_PUBLIC_URL || source.APP_URL || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const env = parsed.data;
  return {
    issuer: new URL(env.TIERSCOPE_OIDC_ISSUER),
    clientId: env.TIERSCOPE_OIDC_CLIENT_ID,
    clientSecret: env.TIERSCOPE_OIDC_CLIENT_SECRET,
    displayName: env.TIERSCOPE_OIDC_NAME,
    scope: env.TIERSCOPE_OIDC_SCOPES,
    groupsClaim: env.TIERSCOPE_OIDC_GROUPS_CLAIM,
    groupMap: env.TIERSCOPE_OIDC_GROUP_MAP,
    publicUrl: env.TIERSCOPE_PUBLIC_URL?.replace(/\/+$/, "") ?? null,
  };
}

/** Where the provider sends the browser back: the public URL's callback, else the request origin's. */
export function oidcRedirectUri(settings: OidcSettings, requestOrigin: string): string {
  return `${settings.publicUrl ?? requestOrigin}${OIDC_CALLBACK_PATH}`;
}
