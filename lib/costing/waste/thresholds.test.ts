import { describe, expect, it } from "vitest";
import { DEFAULT_WASTE_THRESHOLDS, parseWasteThresholds } from "./thresholds";

describe("waste thresholds", () => {
  it("defaults every threshold when nothing is stored", () => {
    expect(parseWasteThresholds(null)).toEqual({ thresholds: DEFAULT_WASTE_THRESHOLDS, warnings: [] });
    expect(DEFAULT_WASTE_THRESHOLDS).toMatchObject({
      availableDays: 7,
      unmountedDays: 14,
      retentionKeep: 14,
      retentionMaxAgeDays: 30,
      oversizedUsedRatio: 0.33,
      oversizedMinSamples: 7,
    });
  });

  it("takes the valid fields stored and keeps the default for an invalid one, saying so", () => {
    const { thresholds, warnings } = parseWasteThresholds({ availableDays: 30, oversizedUsedRatio: 3 });
    expect(thresholds).toMatchObject({ availableDays: 30, oversizedUsedRatio: 0.33 });
    expect(warnings).toEqual(["waste.thresholds.oversizedUsedRatio is invalid: using 0.33"]);
  });

  it("ignores a stored value that is not an object", () => {
    expect(parseWasteThresholds([1, 2]).thresholds).toEqual(DEFAULT_WASTE_THRESHOLDS);
  });
});
