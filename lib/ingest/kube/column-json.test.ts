import { describe, expect, it } from "vitest";
import { columnJson, columnNames, snakeCase } from "./column-json";

describe("columnJson", () => {
  it("writes snake_case keys, bigint and dates as text, and skips undefined", () => {
    const json = columnJson({
      capacityBytes: 2n ** 60n,
      createdAt: new Date(Date.UTC(2026, 0, 2)),
      labels: { team: "a" },
      claimName: null,
      zone: undefined,
    });
    expect(json).toBe(
      '{"capacity_bytes":"1152921504606846976","created_at":"2026-01-02T00:00:00.000Z","labels":{"team":"a"},"claim_name":null}',
    );
    expect(JSON.parse(json).capacity_bytes).toBe("1152921504606846976");
  });

  it("names the same columns it writes", () => {
    expect(columnNames({ volumeAttributesClassName: "x", zone: undefined, uid: "u" })).toEqual([
      "volume_attributes_class_name",
      "uid",
    ]);
  });

  it("converts camelCase as the schema maps it", () => {
    expect(snakeCase("gpuMemoryMib")).toBe("gpu_memory_mib");
    expect(snakeCase("uid")).toBe("uid");
  });

  it("writes an empty object for no values", () => {
    expect(columnJson({})).toBe("{}");
  });
});
