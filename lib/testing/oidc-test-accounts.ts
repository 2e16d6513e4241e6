/**
 * The test OpenID provider's client and users (lib/testing/oidc-test-provider.ts), and the group map
 * Tierscope is configured with against it: kept apart so the Playwright config can read them
 * without loading the provider.
 */
export const TEST_OIDC_CLIENT = { clientId: "tierscope-test", clientSecret: "test-client-secret" } as const;
export const TEST_OIDC_NAME = "Test IdP";

export const TEST_OIDC_USERS = {
  "fiona.finance": { email: "fiona@idp.example", name: "Fiona Finance", groups: ["tierscope-finance"] },
  "vera.vision": { email: "vera@idp.example", name: "Vera Vision", groups: ["vision-devs", "everyone"] },
  "nora.nobody": { email: "nora@idp.example", name: "Nora Nobody", groups: ["everyone"] },
} as const;
export type TestOidcLogin = keyof typeof TEST_OIDC_USERS;

/** The group map Tierscope is configured with against this provider. */
export const TEST_OIDC_GROUP_MAP = {
  "tierscope-finance": { roles: ["finance"] },
  "vision-devs": { roles: ["member"], teams: ["vision"] },
};
