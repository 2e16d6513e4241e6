import { describe, expect, it } from "vitest";
import { ZDigestSubscriptionInput } from "./create-digest-subscription";

const base = { team: "ml", cadence: "weekly", timeZone: "Europe/Berlin", recipients: ["lead@example.com"] };

describe("ZDigestSubscriptionInput", () => {
  it("trims and lowercases addresses before checking them, so padded ones pass and duplicates are caught", () => {
    const parsed = ZDigestSubscriptionInput.parse({
      ...base,
      recipients: ["  Lead@Example.COM ", "finance@example.com"],
    });
    expect(parsed.recipients).toEqual(["lead@example.com", "finance@example.com"]);
    const twice = ZDigestSubscriptionInput.safeParse({
      ...base,
      recipients: ["lead@example.com", " LEAD@example.com"],
    });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(["an address is listed twice"]);
    const bad = ZDigestSubscriptionInput.safeParse({ ...base, recipients: [" not-an-address "] });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["not an email address"]);
  });

  it("stores the time zone as the runtime spells it", () => {
    expect(ZDigestSubscriptionInput.parse({ ...base, timeZone: " europe/berlin " }).timeZone).toBe(
      "Europe/Berlin",
    );
    expect(ZDigestSubscriptionInput.parse({ ...base, timeZone: "AMERICA/NEW_YORK" }).timeZone).toBe(
      "America/New_York",
    );
    expect(ZDigestSubscriptionInput.safeParse({ ...base, timeZone: "Mars/Olympus" }).success).toBe(false);
  });
});
