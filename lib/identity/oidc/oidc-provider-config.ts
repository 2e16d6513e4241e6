import * as client from "openid-client";
import type { OidcSettings } from "./oidc-settings";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
const discovered = new Map<string, Promise<client.Configuration>>();

/**
 * The provider's configuration from its discovery document (`<issuer>/.well-known/openid-configuration`),
 * fetched once per process and issuer; a failed fetch is forgotten so the next sign-in tries again.
 * Plain HTTP is allowed only for a provider on this machine's loopback (a test or local provider):
 * anywhere else the issuer must be HTTPS.
 */
export function oidcProviderConfig(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer.href} ${settings.clientId}`;
  const cached = discovered.get(key);
  if (cached !== undefined) return cached;
  const loopbackHttp = settings.issuer.protocol === "http:" && LOOPBACK_HOSTS.has(settings.issuer.hostname);
  const pending = client
    .discovery(
      settings.issuer,
      settings.clientId,
      settings.clientSecret,
      undefined,
      loopbackHttp ? { execute: [client.allowInsecureRequests] } : undefined,
    )
    .catch((error: unknown) => {
      discovered.delete(key);
      throw error;
    });
  discovered.set(key, pending);
  return pending;
}
