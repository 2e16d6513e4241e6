import { type OidcSettings, readOidcSettings } from "../../identity/oidc/oidc-settings";
import { OidcSignInError } from "./oidc-sign-in-error";

/** Single sign-on's settings; OidcSignInError("not_configured") when this server has none. */
export function requireOidcSettings(): OidcSettings {
  const settings = readOidcSettings();
  if (!settings) throw new OidcSignInError("not_configured");
  return settings;
}
