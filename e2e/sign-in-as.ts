import { type Browser, expect } from "@playwright/test";
import { CSRF_COOKIE, CSRF_HEADER } from "../lib/api/auth-cookies";
import { DEMO_ACCOUNTS } from "../lib/demo/demo-accounts";

/** The demo account with this email. */
export function demoAccount(email: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!found) throw new Error(`No demo account ${email}`);
  return found;
}

/** A browser session of `who`, signed in through the login page, and its API client with CSRF. */
export async function signedIn(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const csrf = (await context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? "";
  await context.setExtraHTTPHeaders({ [CSRF_HEADER]: decodeURIComponent(csrf) });
  return { page, api: context.request, close: () => context.close() };
}
