import { describe, expect, it } from "vitest";
import { forecastText } from "./forecast-figure";

const estimate = { expected: "1204.5", low: "1100", high: "1310" };

describe("forecastText", () => {
  it("shows a wholly priced forecast with its interval", () => {
    expect(forecastText(estimate, "USD", 0)).toBe("$1,204.50 ($1,100.00 – $1,310.00)");
  });

  it("marks a forecast that leaves out unpriced resource-days as partial", () => {
    expect(forecastText(estimate, "USD", 3)).toBe(
      "$1,204.50 ($1,100.00 – $1,310.00), partial: 3 resource-days unpriced",
    );
  });

  it("calls a forecast with nothing priced unpriced, never $0", () => {
    expect(forecastText(null, "USD", 12)).toBe("unpriced (12 resource-days)");
  });
});
