import { expect, test } from "@playwright/test";

// What a browser tab shows before any data: a title naming the page, the favicon, and a real
// 404 (status and page) for a volume, team or namespace that does not exist, instead of a
// loading skeleton that retries.

const TITLES: [path: string, title: string][] = [
  ["/", "Overview · Tierscope"],
  ["/showback", "Showback · Tierscope"],
  ["/budgets", "Budgets · Tierscope"],
  ["/volumes", "Volumes · Tierscope"],
  ["/snapshots", "Snapshots · Tierscope"],
  ["/observations", "Imports · Tierscope"],
  ["/pricing", "Pricing · Tierscope"],
  ["/waste", "Waste · Tierscope"],
  ["/gpu-efficiency", "GPU efficiency · Tierscope"],
  ["/recommendations", "Recommendations · Tierscope"],
  ["/reports", "Reports · Tierscope"],
  ["/digests", "Digests · Tierscope"],
  ["/alerts", "Alerts · Tierscope"],
];

for (const [path, title] of TITLES) {
  test(`${path} is titled "${title}"`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
  });
}

test("the favicon is served without signing in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const response = await anonymous.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/");
  const body = await response.body();
  // An ICO file starts with reserved 0, type 1 (icon).
  expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  await anonymous.dispose();
});

const UNKNOWN: [what: string, path: string][] = [
  ["volume", "/volumes/prod-eks-use1/00000000-0000-0000-0000-000000000000"],
  ["volume in an unknown cluster", "/volumes/no-such-cluster/00000000-0000-0000-0000-000000000000"],
  ["team", "/teams/no-such-team"],
  ["namespace", "/namespaces/prod-eks-use1/no-such-namespace"],
  ["namespace in an unknown cluster", "/namespaces/no-such-cluster/default"],
];

for (const [what, path] of UNKNOWN) {
  test(`an unknown ${what} answers 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
}

test("on a 390 px phone the navigation folds into a menu that closes once a page is chosen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/showback");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await nav.getByRole("link", { name: "Waste" }).click();
  await expect(page).toHaveURL(/\/waste/);
  await expect(nav).toBeHidden();
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");
  await page.screenshot({ path: "artifacts/screenshots/waste-390.png", fullPage: true });
});

test("the Imports page says how to connect a cluster in each of the three ways", async ({ page }) => {
  await page.goto("/observations");
  await page.getByText("Connect a cluster").click();
  await expect(
    page.getByText("tierscope tokens create --name prod-eks-collector --scope collector"),
  ).toBeVisible();
  await expect(page.getByText("tierscope import kube --cluster prod-eks --context prod-eks")).toBeVisible();
  await expect(page.getByText("tierscope import files --cluster prod-eks dump.json")).toBeVisible();
});

test("pages hydrate under the nonce-only script policy, with no script refused", async ({ page }) => {
  await page.addInitScript(() => {
    const refused: string[] = [];
    Object.assign(window, { refusedByPolicy: refused });
    document.addEventListener("securitypolicyviolation", (event) => {
      refused.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const path of ["/", "/volumes", "/pricing"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    // Next.js's client runtime sets window.next once it has booted and hydrated the page.
    await page.waitForFunction(() => "next" in window);
    await expect(page.getByRole("navigation").first()).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { refusedByPolicy: string[] }).refusedByPolicy),
    ).toEqual([]);
  }
});
