import { describe, expect, it } from "vitest";
import { detectMetricFileFormat } from "./detect-metric-file-format";

describe("detectMetricFileFormat", () => {
  it.each([
    ["a.json", "anything", "query-range"],
    ["a.CSV", "anything", "csv"],
    ["a.prom", '{"status":"success"}', "exposition"],
    ["a.txt", "up 1", "exposition"],
    ["dump", '\uFEFF {\n "status": "success"', "query-range"],
    ["dump", '{"data":{"result":[]},"status":"success"}', "query-range"],
    ["dump", "# exported\ntimestamp,metric,value\n", "csv"],
    ["dump", '"timestamp","metric","value"', "csv"],
    ["dump", "# HELP up\nup 1\n", "exposition"],
    ["dump", '{"my.metric"} 1', "exposition"],
  ])("reads %s starting %j as %s", (name, head, format) => {
    expect(detectMetricFileFormat(name, head)).toBe(format);
  });
});
