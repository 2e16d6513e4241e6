import { describe, expect, it } from "vitest";
import { JsonStreamError, JsonValueSplitter, type SplitValue } from "./split-json-values";

/** Splits `text` fed in chunks of `size` characters, as a file stream would. */
function split(text: string, size = text.length): SplitValue[] {
  const splitter = new JsonValueSplitter();
  const out: SplitValue[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...splitter.push(text.slice(i, i + size)));
  splitter.end();
  return out;
}

const LIST = `{
  "apiVersion": "v1",
  "items": [
    {"kind": "PersistentVolume", "metadata": {"name": "a", "annotations": {"x": "}{][\\"items\\": ["}}},
    {"kind": "PersistentVolume", "metadata": {"name": "b"}, "spec": {"items": [1, 2]}}
  ],
  "kind": "List",
  "metadata": {"resourceVersion": ""}
}`;

describe("JsonValueSplitter", () => {
  it("yields each item of a List, not the List", () => {
    const values = split(LIST);
    expect(values.map((v) => JSON.parse(v.text).metadata.name)).toEqual(["a", "b"]);
    expect(values.map((v) => [v.index, v.line, v.inList])).toEqual([
      [0, 4, true],
      [1, 5, true],
    ]);
  });

  it("gives the same items whatever the chunk boundaries", () => {
    const whole = split(LIST);
    for (const size of [1, 2, 3, 7, 64]) expect(split(LIST, size)).toEqual(whole);
  });

  it("yields a lone object whole, marked as not from a list", () => {
    const values = split('{"kind": "StorageClass", "metadata": {"name": "gp3"}}');
    expect(values).toHaveLength(1);
    expect(values[0]?.inList).toBe(false);
    expect(JSON.parse(values[0]?.text as string).metadata.name).toBe("gp3");
  });

  it("yields the items of a bare array", () => {
    const values = split('[{"metadata":{"name":"x"}},\n{"metadata":{"name":"y"}}]');
    expect(values.map((v) => [JSON.parse(v.text).metadata.name, v.index, v.line])).toEqual([
      ["x", 0, 1],
      ["y", 1, 2],
    ]);
  });

  it("reads several documents one after another", () => {
    const values = split('{"metadata":{"name":"x"}}\n{"items":[{"metadata":{"name":"y"}}]}\n');
    expect(values.map((v) => JSON.parse(v.text).metadata.name)).toEqual(["x", "y"]);
  });

  it("yields nothing for an empty List", () => {
    expect(split('{"apiVersion":"v1","items":[],"kind":"List"}')).toEqual([]);
  });

  it("reports a truncated file", () => {
    expect(() => split(LIST.slice(0, 150))).toThrow(/truncated/);
  });

  it("reports a list item that is not an object, with its line", () => {
    expect(() => split('{"items": [\n{"a": 1},\n42]}')).toThrow(/list item 1 at line 3 is not an object/);
    expect(() => split('{"items": [\n{"a": 1},\n[1]]}')).toThrow(/list item 1 at line 3 is not an object/);
  });

  it("reports text that is not JSON", () => {
    expect(() => split("apiVersion: v1")).toThrow(JsonStreamError);
  });
});

describe("JsonValueSplitter list kinds", () => {
  it("passes on the kind of a raw API list that precedes its items", () => {
    const values = split(
      '{"kind":"PersistentVolumeList","apiVersion":"v1","items":[{"metadata":{"name":"a"}}]}',
    );
    expect(values[0]?.listKind).toBe("PersistentVolumeList");
  });

  it("does not take a key named kind for the list's kind", () => {
    const values = split('{"apiVersion":"v1","items":[{"kind":"Pod"}],"kind":"List"}');
    expect(values[0]?.listKind).toBeUndefined();
  });
});
