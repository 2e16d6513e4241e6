import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv-cell";

describe("csvCell", () => {
  it("quotes a field with a comma, a quote or a line break", () => {
    expect(csvCell('snap, "quoted"')).toBe('"snap, ""quoted"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell(null)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("makes text a spreadsheet would run as a formula read as text, with a leading quote", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+cmd")).toBe("'+cmd");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe('"\'\r=1+1"');
    expect(csvCell("-")).toBe("'-");
    // Quoted after the quote is added: the whole field stays one field.
    expect(csvCell('=HYPERLINK("http://x.example","click")')).toBe(
      '"\'=HYPERLINK(""http://x.example"",""click"")"',
    );
  });

  it("leaves numbers, negative ones included, and ordinary text as they are", () => {
    for (const value of ["-12.50", "-0.0049", "12", "0.00", "ml-research", "a=b", "CC-1"])
      expect(csvCell(value)).toBe(value);
    expect(csvLine(["total", "-12.50", "=cmd"])).toBe("total,-12.50,'=cmd");
  });
});
