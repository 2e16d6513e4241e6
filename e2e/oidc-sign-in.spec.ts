import { type Browser, expect, test } from "@playwright/test";
import { TEST_OIDC_NAME, TEST_OIDC_USERS, type TestOidcLogin } from "../lib/testing/oidc-test-accounts";

// Single sign-on end to end: Tierscope's login page, the real OpenID provider's own login and consent
// pages (oidc-provider on loopback, started by playwright.config.ts), and back with a session whose
// roles and teams come from the user's groups. Each user signs in in a fresh browser context, so
// the admin session saved for the other specs is neither used nor touched.

async function signInWithSso(browser: Browser, login: TestOidcLogin) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/teams");
  await expect(page).toHaveURL(/\/login\?next=%2Fteams/);
  await page.getByRole("link", { name: `Sign in with ${TEST_OIDC_NAME}` }).click();
  // The provider's own pages: its sign-in form, then its consent form.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  return { page, context };
}

test.describe("single sign-on through an OpenID provider", () => {
  test.use({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: {} });

  test("a user in the finance group lands as finance and sees every team", async ({ browser }) => {
    const { page, context } = await signInWithSso(browser, "fiona.finance");
    // Back where the sign-in started: /teams, which lists the teams on Showback.
    await expect(page).toHaveURL(/\/showback\?by=team$/);
    await expect(page.getByText(TEST_OIDC_USERS["fiona.finance"].email)).toBeVisible();
    await expect(page.getByText("finance", { exact: true })).toBeVisible();
    for (const slug of ["vision", "llm-research"]) {
      const response = await context.request.get(`/api/v1/teams/${slug}/costs`);
      expect(response.status(), slug).toBe(200);
    }
    await context.close();
  });

  test("a user in a team's group lands as a member of that team, and another team is not found", async ({
    browser,
  }) => {
    const { page, context } = await signInWithSso(browser, "vera.vision");
    // Back where the sign-in started: /teams, which lists the teams on Showback.
    await expect(page).toHaveURL(/\/showback\?by=team$/);
    await expect(page.getByText(TEST_OIDC_USERS["vera.vision"].email)).toBeVisible();
    await expect(page.getByText("member", { exact: true })).toBeVisible();
    expect((await context.request.get(`/api/v1/teams/vision/costs`)).status()).toBe(200);
    expect((await context.request.get(`/api/v1/teams/llm-research/costs`)).status()).toBe(404);
    await context.close();
  });

  test("a user in no mapped group is sent back to the login page with the reason", async ({ browser }) => {
    const { page, context } = await signInWithSso(browser, "nora.nobody");
    await expect(page).toHaveURL(/\/login\?sso_error=no_role/);
    await expect(page.locator('[role="alert"]:not(#__next-route-announcer__)')).toContainText(
      "in no group that gives access to Tierscope",
    );
    await context.close();
  });

  test("a callback without the browser's flow is refused with a clear message, never a stack", async ({
    page,
  }) => {
    await page.goto("/api/auth/oidc/callback?code=forged&state=forged");
    await expect(page).toHaveURL(/\/login\?sso_error=expired/);
    await expect(page.locator('[role="alert"]:not(#__next-route-announcer__)')).toContainText("start again");
  });
});
