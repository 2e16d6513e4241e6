import { startOidcTestProvider } from "../lib/testing/oidc-test-provider";

// The OpenID provider of the end-to-end run, started by playwright.config.ts beside `tierscope serve`:
// usage: tsx e2e/oidc-test-provider.server.ts <provider port> <tierscope base URL>
const [port, baseUrl] = process.argv.slice(2);
if (!port || !baseUrl) throw new Error("usage: oidc-test-provider.server.ts <port> <tierscope base URL>");
const provider = await startOidcTestProvider({
  port: Number(port),
  redirectUris: [`${baseUrl}/api/auth/oidc/callback`],
});
console.log(`OpenID test provider at ${provider.issuer}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void provider.close().then(() => process.exit(0));
  });
}
