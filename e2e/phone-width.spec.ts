import { expect, test } from "@playwright/test";

// The quick guard of the phone layout in the normal suite: five key pages at 390 × 844 must not
// scroll sideways. The full sweep (every page, both widths and schemes, axe) is
// `npm run test:responsive`.
const KEY_PAGES = ["/", "/showback", "/showback/facts", "/volumes", "/pricing"];

test.use({ viewport: { width: 390, height: 844 } });

for (const path of KEY_PAGES) {
  test(`${path} fits a 390 px phone without scrolling sideways`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
  });
}
