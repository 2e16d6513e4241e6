import { describe, expect, it } from "vitest";
import { oidcRedirectUri, readOidcSettings } from "./oidc-settings";

const BASE = {
  TIERSCOPE_OIDC_ISSUER: "https://idp.example.com/realms/acme",
  TIERSCOPE_OIDC_CLIENT_ID: "tierscope",
  TIERSCOPE_OIDC_CLIENT_SECRET: "s3cret",
  TIERSCOPE_OIDC_GROUP_MAP: '{"finance":{"roles":["finance"]}}',
};

describe("readOidcSettings", () => {
  it("is off (null) when no issuer is set", () => {
    expect(readOidcSettings({})).toBeNull();
    expect(readOidcSettings({ TIERSCOPE_OIDC_ISSUER: "" })).toBeNull();
  });

  it("reads a full configuration with its defaults", () => {
    const settings = readOidcSettings(BASE);
    expect(settings?.issuer.href).toBe("https://idp.example.com/realms/acme");
    expect(settings).toMatchObject({
      clientId: "tierscope",
      displayName: "single sign-on",
      scope: "openid email profile",
      groupsClaim: "groups",
      groupMap: { finance: { roles: ["finance"], teams: [] } },
      publicUrl: null,
    });
  });

  it("names a missing variable once the issuer is set", () => {
    expect(() => readOidcSettings({ ...BASE, TIERSCOPE_OIDC_CLIENT_SECRET: "" })).toThrow(
      /TIERSCOPE_OIDC_CLIENT_SECRET/,
    );
  });

  it("names the group map and the place in it that is wrong", () => {
    expect(() => readOidcSettings({ ...BASE, TIERSCOPE_OIDC_GROUP_MAP: "{nope" })).toThrow(
      "Invalid environment variable TIERSCOPE_OIDC_GROUP_MAP: is not JSON",
    );
    expect(() =>
      readOidcSettings({ ...BASE, TIERSCOPE_OIDC_GROUP_MAP: '{"ops":{"roles":["root"]}}' }),
    ).toThrow(/TIERSCOPE_OIDC_GROUP_MAP: ops\.roles\.0/);
  });
});

describe("oidcRedirectUri", () => {
  it("uses the public URL when set, else the request's origin", () => {
    const settings = readOidcSettings(BASE);
    if (!settings) throw new Error("settings expected");
    expect(oidcRedirectUri(settings, "http://10.0.0.5:3000")).toBe(
      "http://10.0.0.5:3000/api/auth/oidc/callback",
    );
    const behindProxy = readOidcSettings({ ...BASE, TIERSCOPE_PUBLIC_URL: "https://costs.acme.example/" });
    if (!behindProxy) throw new Error("settings expected");
    expect(oidcRedirectUri(behindProxy, "http://10.0.0.5:3000")).toBe(
      "https://costs.acme.example/api/auth/oidc/callback",
    );
  });
});
