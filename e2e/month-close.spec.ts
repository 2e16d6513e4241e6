import { expect, test } from "@playwright/test";
import { addDays } from "../lib/costing/cost-window";
import { demoAccount, signedIn } from "./sign-in-as";

// Month close as finance does it: on the Reports page, the pre-close checklist, a reason that
// acknowledges its open items, the month closed, and every view whose window includes it saying so.
// A team lead has no close control (and the API refuses), and an admin reopens it (audited).

const today = new Date().toISOString().slice(0, 10);
const THIS_MONTH = today.slice(0, 7);
const MONTH = addDays(`${THIS_MONTH}-01`, -1).slice(0, 7);
const FINANCE = demoAccount("finance@acme-ai.example");
const LEAD = demoAccount("llm-lead@acme-ai.example");
const REASON = "Unpriced Azure GPU nodes accepted by the CFO (end-to-end test)";

/** Leaves the month open for the other specs, however this one ended. */
test.afterAll(async ({ request }) => {
  await request.post(`/api/v1/months/${MONTH}/reopen`, { data: { reason: "end-to-end test cleanup" } });
});

// One story in order: each step starts where the previous one left the month.
test.describe.configure({ mode: "serial" });

test("a team lead has no close control, and the API refuses the close", async ({ browser }) => {
  const lead = await signedIn(browser, LEAD);
  await lead.page.goto(`/reports?month=${MONTH}`);
  await expect(lead.page.getByTestId("month-not-closed")).toBeVisible();
  await expect(lead.page.getByTestId("close-month-panel")).toHaveCount(0);
  await expect(lead.page.getByRole("button", { name: new RegExp(`close ${MONTH}`, "i") })).toHaveCount(0);

  const post = await lead.api.post(`/api/v1/months/${MONTH}/close`, { data: { reason: "try" } });
  expect([403, 404]).toContain(post.status());
  expect([403, 404]).toContain((await lead.api.get(`/api/v1/months/${MONTH}/close`)).status());
  await lead.close();
});

test("finance closes the month on the Reports page: the checklist, then a reason for its open items", async ({
  browser,
}) => {
  const finance = await signedIn(browser, FINANCE);
  const checklist = await (await finance.api.get(`/api/v1/months/${MONTH}/close`)).json();
  expect(checklist.clean, "the demo's month has open checklist items (its unpriced products)").toBe(false);
  const refused = await finance.api.post(`/api/v1/months/${MONTH}/close`, { data: {} });
  expect(refused.status()).toBe(409);

  await finance.page.goto(`/reports?month=${MONTH}`);
  const panel = finance.page.getByTestId("close-month-panel");
  await expect(panel.getByTestId("close-checklist")).toContainText("resource-days have no known price");
  const close = panel.getByRole("button", { name: `Acknowledge and close ${MONTH}` });
  await expect(close).toBeDisabled();
  await panel.getByLabel("Reason to close anyway").fill(REASON);
  await close.click();
  await expect(finance.page.getByTestId("report-status")).toContainText("Closed month");
  await expect(finance.page.getByTestId("report-status")).toContainText(FINANCE.email);
  await expect(finance.page.getByLabel("Month").locator(`option[value="${MONTH}"]`)).toHaveText(MONTH);
  await expect(finance.page.getByTestId("closed-months-banner")).toContainText(`${MONTH} is closed`);
  await expect(finance.page.getByTestId("reopen-month-panel")).toHaveCount(0); // finance does not reopen
  await finance.close();
});

test("Showback over a window that includes the closed month says so, in the page and the API", async ({
  page,
  request,
}) => {
  const from = `${MONTH}-20`;
  await page.goto(`/showback?window=custom&from=${from}&to=${today}&by=team`);
  const banner = page.getByTestId("closed-months-banner");
  await expect(banner).toContainText(`${MONTH} is closed (by user ${FINANCE.email}`);
  await expect(banner).toContainText("its figures are frozen as closed");
  const api = await (await request.get(`/api/v1/costs?from=${from}&to=${today}&by=team`)).json();
  expect(api.closedMonths).toEqual([
    expect.objectContaining({ month: MONTH, closedBy: `user ${FINANCE.email}`, figures: "frozen" }),
  ]);
  await page.goto(`/showback?window=custom&from=${THIS_MONTH}-01&to=${today}&by=team`);
  await expect(page.getByTestId("showback-table")).toBeVisible();
  await expect(page.getByTestId("closed-months-banner")).toHaveCount(0);
});

test("an admin reopens the month on the Reports page with a reason, and the audit log has both", async ({
  page,
  request,
}) => {
  await page.goto(`/reports?month=${MONTH}`);
  const reopen = page.getByTestId("reopen-month-panel");
  await reopen.getByLabel("Reason to reopen").fill("GPU prices found: restate the month");
  await reopen.getByRole("button", { name: `Reopen ${MONTH}` }).click();
  await expect(page.getByTestId("month-not-closed")).toBeVisible();
  const audit = await (await request.get("/api/v1/audit?action=month.reopen")).json();
  expect(audit.items[0]).toMatchObject({
    action: "month.reopen",
    targetId: MONTH,
    after: { month: MONTH, reason: "GPU prices found: restate the month" },
  });
  const closes = await (await request.get("/api/v1/audit?action=month.close")).json();
  expect(closes.items[0]).toMatchObject({ targetId: MONTH, after: { reason: REASON } });
});
