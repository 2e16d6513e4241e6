import type { Server } from "node:http";
import Provider, { type Account } from "oidc-provider";
import { TEST_OIDC_CLIENT, TEST_OIDC_USERS, type TestOidcLogin } from "./oidc-test-accounts";

/**
 * A real OpenID provider (panva's oidc-provider) for tests, on loopback: one confidential client,
 * PKCE required, and the users of oidc-test-accounts.ts. Its login and consent pages are the package's own
 * development interactions (any password is accepted; only the login names below have accounts).
 */
export interface RunningTestProvider {
  readonly issuer: string;
  close(): Promise<void>;
}

export async function startOidcTestProvider(options: {
  port: number;
  redirectUris: readonly string[];
}): Promise<RunningTestProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT.clientId,
        client_secret: TEST_OIDC_CLIENT.clientSecret,
        redirect_uris: [...options.redirectUris],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["oidc-test-provider-cookie-key"] },
    findAccount: (_ctx, id): Account | undefined => {
      const user = Object.hasOwn(TEST_OIDC_USERS, id) ? TEST_OIDC_USERS[id as TestOidcLogin] : undefined;
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: user.email,
          email_verified: true,
          name: user.name,
          groups: [...user.groups],
        }),
      };
    },
  });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = provider.listen(options.port, "127.0.0.1", () => resolve(listening));
    listening.once("error", reject);
  });
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
