import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../testing/test-database";
import { contentSecurityPolicy } from "./content-security-policy";

const { url } = setUpTestDatabase();
let proxy: (request: NextRequest) => Promise<Response>;

beforeAll(async () => {
  process.env.DATABASE_URL = url;
  ({ proxy } = await import("@/proxy"));
});

function scriptSources(policy: string | null): string[] {
  const directive = (policy ?? "")
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "));
  return directive?.split(/\s+/).slice(1) ?? [];
}

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("Content-Security-Policy", () => {
  it("lets scripts run only with a nonce and what they load, never inline or eval in production", () => {
    const sources = scriptSources(contentSecurityPolicy("abc123", false));
    expect(sources).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
  });

  it("gives every answer of the front door a fresh nonce, also in the headers the page renders with", async () => {
    const first = await proxy(new NextRequest("http://tierscope.test/login"));
    const second = await proxy(new NextRequest("http://tierscope.test/login"));
    const policy = first.headers.get("content-security-policy");
    expect(scriptSources(policy)).not.toContain("'unsafe-inline'");
    expect(nonceOf(policy)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonceOf(policy));
    // Next.js reads the request's policy to put the nonce on the page's scripts.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(policy));
  });

  it("puts the policy on refusals too: an API call without credentials, a page sending to login", async () => {
    const api = await proxy(new NextRequest("http://tierscope.test/api/v1/volumes"));
    expect(api.status).toBe(401);
    expect(nonceOf(api.headers.get("content-security-policy"))).toBeDefined();
    const page = await proxy(new NextRequest("http://tierscope.test/volumes"));
    expect(page.status).toBe(307);
    expect(scriptSources(page.headers.get("content-security-policy"))).toContain("'strict-dynamic'");
  });
});
