import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { ADMIN_STORAGE_STATE } from "./auth-state";

// Every page at a phone's 390 × 844 and a laptop's 1440 × 900, light and dark: the page must not
// scroll sideways, a full-page screenshot is saved under artifacts/screenshots/responsive/, and axe
// finds no serious or critical WCAG 2 A/AA violation. One browser context per viewport and scheme,
// signed in once (the setup project's saved state); /login runs signed out.

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
] as const;
const SCHEMES = ["light", "dark"] as const;

/** app/**\/page.tsx without params (the /teams and /namespaces indexes redirect to Showback). */
const PAGES = [
  "/",
  "/showback",
  "/showback/facts",
  "/teams",
  "/namespaces",
  "/budgets",
  "/volumes",
  "/snapshots",
  "/observations",
  "/pricing",
  "/waste",
  "/gpu-efficiency",
  "/recommendations",
  "/reports",
  "/digests",
  "/alerts",
  "/admin/tokens",
  "/admin/audit",
];

/** Pages with params, reached through the first demo entity a list page links to. */
const ENTITY_LINKS: [list: string, href: RegExp][] = [
  ["/volumes", /^\/volumes\/[^/?]+\/[^/?]+/],
  ["/showback?by=team", /^\/teams\/[^/?]+/],
  ["/showback?by=namespace", /^\/namespaces\/[^/?]+\/[^/?]+/],
  ["/snapshots", /^\/snapshots\/[^/?]+\/[^/?]+/],
  ["/digests", /^\/digests\/[^/?]+/],
];

async function firstLink(page: Page, list: string, pattern: RegExp): Promise<string | null> {
  await page.goto(list);
  await page.waitForLoadState("networkidle");
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

let entityPages: string[] = [];

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN_STORAGE_STATE });
  const page = await context.newPage();
  entityPages = [];
  for (const [list, pattern] of ENTITY_LINKS) {
    const href = await firstLink(page, list, pattern);
    // The demo always has volumes, teams, namespaces and snapshot chains; a digest subscription only
    // once one is made, so that page is checked only when the list links to one.
    if (href) entityPages.push(href);
    else expect(list, `${list} links to no ${pattern}`).toBe("/digests");
  }
  await context.close();
});

const slug = (path: string) => path.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-") || "overview";

async function checkPage(page: Page, path: string, shots: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("main")).toBeVisible();
  const overflow = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect.soft(overflow.scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
  await page.screenshot({ path: `${shots}/${slug(path)}.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = axe.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect.soft(serious, `${path}: axe violations`).toEqual([]);
}

async function contextFor(
  browser: Browser,
  viewport: (typeof VIEWPORTS)[number],
  scheme: (typeof SCHEMES)[number],
  signedIn: boolean,
) {
  return browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    colorScheme: scheme,
    storageState: signedIn ? ADMIN_STORAGE_STATE : { cookies: [], origins: [] },
  });
}

for (const viewport of VIEWPORTS) {
  for (const scheme of SCHEMES) {
    test(`every page at ${viewport.width} × ${viewport.height}, ${scheme}: no sideways scroll, no serious axe finding`, async ({
      browser,
    }) => {
      test.setTimeout(900_000);
      const shots = `artifacts/screenshots/responsive/${viewport.name}-${scheme}`;
      const context = await contextFor(browser, viewport, scheme, true);
      const page = await context.newPage();
      for (const path of [...PAGES, ...entityPages]) await checkPage(page, path, shots);
      await context.close();
      const anonymous = await contextFor(browser, viewport, scheme, false);
      await checkPage(await anonymous.newPage(), "/login", shots);
      await anonymous.close();
    });
  }
}

test("the theme toggle switches to dark and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/dark/);
  await page.getByTestId("theme-toggle").filter({ visible: true }).click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.getByTestId("theme-toggle").filter({ visible: true }).click();
  await expect(html).not.toHaveClass(/dark/);
});
