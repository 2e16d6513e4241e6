import { describe, expect, it } from "vitest";
import { formatJsonPath, type JsonPath, JsonSyntaxError, streamJsonValues } from "./stream-json-values";
import { chunksOf, collect } from "./test-helpers";

const descendIntoItems = (path: JsonPath) => path.length === 0 || (path.length === 1 && path[0] === "items");

async function values(text: string, chunk = 7, maxValueChars = 1_000_000) {
  const found = await collect(
    streamJsonValues(chunksOf(text, chunk), { descend: descendIntoItems, maxValueChars }),
  );
  return found.map(({ path, value, line }) => [formatJsonPath(path), value, line]);
}

describe("streamJsonValues", () => {
  const document = `{
  "kind": "List",
  "items": [
    {"a": [1, 2, {"b": "}]\\""}]},
    "text",
    -1.5e3,
    true, null, []
  ],
  "count": 7
}`;

  it("walks the descended containers and yields every other value whole, with its path and line", async () => {
    expect(await values(document)).toEqual([
      ["$.kind", "List", 2],
      ["$.items[0]", { a: [1, 2, { b: '}]"' }] }, 4],
      ["$.items[1]", "text", 5],
      ["$.items[2]", -1500, 6],
      ["$.items[3]", true, 7],
      ["$.items[4]", null, 7],
      ["$.items[5]", [], 7],
      ["$.count", 7, 9],
    ]);
  });

  it("gives the same values however the text is chunked", async () => {
    const whole = await values(document, document.length);
    for (const size of [1, 2, 3, 5, 64]) expect(await values(document, size)).toEqual(whole);
  });

  it("reads a literal that ends the document", async () => {
    expect(await values("42", 1)).toEqual([["$", 42, 1]]);
  });

  it("handles empty containers and escaped quotes in keys", async () => {
    expect(await values('{"items": [], "k\\"ey": {}}')).toEqual([['$["k\\"ey"]', {}, 1]]);
  });

  it.each([
    ['{"items": [1,, 2]}', 'line 1: in $.items: unexpected "," where a value should be'],
    ['{"items": [1 2]}', 'line 1: in $.items: expected "," or "]", found "2"'],
    ['{"a" 1}', 'line 1: in $: expected ":" after "a", found "1"'],
    ['{"a": 1,}', 'line 1: in $: expected a property name, found "}"'],
    ['{"items": [1', "unexpected end of the document"],
    ['{"a": 1} x', 'unexpected "x" after the end of the document'],
    ['{"a": tru}', "$.a is not valid JSON"],
  ])("reports %j as a syntax error with its line and path", async (text, message) => {
    await expect(values(text)).rejects.toThrow(JsonSyntaxError);
    await expect(values(text)).rejects.toThrow(message);
  });

  it("refuses a single value longer than the limit, naming where it starts", async () => {
    const text = `{"items": [\n"short",\n"${"x".repeat(100)}"]}`;
    await expect(values(text, 7, 50)).rejects.toThrow(
      "line 3: the value at $.items[1] is longer than 50 characters, the most one value may hold: split the file",
    );
  });
});
