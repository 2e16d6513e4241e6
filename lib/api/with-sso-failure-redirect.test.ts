import { afterEach, describe, expect, it, vi } from "vitest";
import { OidcSignInError } from "../services/identity/oidc-sign-in-error";
import { NotFoundError } from "../services/service-errors";
import { withSsoFailureRedirect } from "./with-sso-failure-redirect";

const request = () => new Request("http://127.0.0.1:3000/api/auth/oidc/callback?code=x&state=y");

describe("withSsoFailureRedirect", () => {
  afterEach(() => vi.restoreAllMocks());

  it("sends a failed sign-on to the login page with its reason, clearing the flow cookie", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const handler = withSsoFailureRedirect(async () => {
      throw new OidcSignInError("no_role", "groups [] map to no role");
    });
    const response = await handler(request());
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/login?sso_error=no_role");
    expect(response.headers.get("set-cookie")).toMatch(/Max-Age=0/i);
    expect(await response.text()).toBe("");
  });

  it("leaves other errors to the API's mapping (a JSON envelope), and passes answers through", async () => {
    const missing = withSsoFailureRedirect(async () => {
      throw new NotFoundError("No such thing");
    });
    const answer = await missing(request());
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: { code: "not_found", message: "No such thing" } });
    const ok = withSsoFailureRedirect(async () => new Response("fine", { status: 200 }));
    expect(await (await ok(request())).text()).toBe("fine");
  });
});
