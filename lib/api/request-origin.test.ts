import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

const request = (url: string, headers: Record<string, string> = {}) => ({
  url,
  headers: new Headers(headers),
});

describe("requestOrigin", () => {
  it("is the Host the browser sent, not the address the server listens on", () => {
    expect(
      requestOrigin(request("http://localhost:3201/api/auth/oidc/start", { host: "127.0.0.1:3201" })),
    ).toBe("http://127.0.0.1:3201");
  });

  it("follows a proxy's forwarded host and protocol", () => {
    const behindProxy = request("http://10.0.0.5:3000/x", {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "costs.acme.example",
      "x-forwarded-proto": "https",
    });
    expect(requestOrigin(behindProxy)).toBe("https://costs.acme.example");
  });

  it("falls back to the URL's host when no Host header came", () => {
    expect(requestOrigin(request("http://127.0.0.1:3000/x"))).toBe("http://127.0.0.1:3000");
  });
});
