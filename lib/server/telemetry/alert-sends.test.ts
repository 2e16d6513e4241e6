import { describe, expect, it } from "vitest";
import { alertSendCounts, countAlertSend } from "./alert-sends";

describe("countAlertSend", () => {
  it("counts each send by channel and result, and hands out copies", () => {
    countAlertSend("email", "sent");
    countAlertSend("email", "sent");
    countAlertSend("webhook", "failed");
    const counts = alertSendCounts();
    expect(counts).toEqual([
      { channel: "email", result: "sent", count: 2 },
      { channel: "webhook", result: "failed", count: 1 },
    ]);
    (counts[0] as { count: number }).count = 99;
    expect(alertSendCounts()[0]?.count).toBe(2);
  });
});
