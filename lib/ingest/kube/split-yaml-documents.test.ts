import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type SplitYaml, YamlDocumentSplitter } from "./split-yaml-documents";

function split(text: string): SplitYaml[] {
  const splitter = new YamlDocumentSplitter();
  const out: SplitYaml[] = [];
  for (const line of text.split("\n")) out.push(...splitter.push(line));
  out.push(...splitter.end());
  return out;
}

const KUBECTL_LIST = `apiVersion: v1
items:
- apiVersion: v1
  kind: PersistentVolume
  metadata:
    name: pv-a
    annotations:
      note: |
        line one

        line three
  spec:
    accessModes:
    - ReadWriteOnce
- apiVersion: v1
  kind: PersistentVolume
  metadata:
    name: pv-b
kind: List
metadata:
  resourceVersion: ""`;

describe("YamlDocumentSplitter", () => {
  it("yields each item of a kubectl List with its line", () => {
    const pieces = split(KUBECTL_LIST);
    expect(pieces.map((p) => [parse(p.text).metadata.name, p.index, p.line, p.inList])).toEqual([
      ["pv-a", 0, 3, true],
      ["pv-b", 1, 15, true],
    ]);
  });

  it("keeps nested sequences and block scalars inside an item", () => {
    const [first] = split(KUBECTL_LIST);
    const object = parse(first?.text as string);
    expect(object.spec.accessModes).toEqual(["ReadWriteOnce"]);
    expect(object.metadata.annotations.note).toBe("line one\n\nline three\n");
  });

  it("reads items indented under their key", () => {
    const pieces = split(
      "kind: List\nitems:\n  - kind: Node\n    metadata:\n      name: n1\n  - kind: Node\n    metadata:\n      name: n2\n",
    );
    expect(pieces.map((p) => parse(p.text).metadata.name)).toEqual(["n1", "n2"]);
  });

  it("splits multi-document YAML at ---", () => {
    const pieces = split(
      "---\nkind: StorageClass\nmetadata:\n  name: gp3\n---\n# a comment\nkind: StorageClass\nmetadata:\n  name: io2\n...\n",
    );
    expect(pieces.map((p) => [parse(p.text).metadata.name, p.line, p.inList])).toEqual([
      ["gp3", 2, false],
      ["io2", 6, false],
    ]);
  });

  it("yields nothing for empty documents and an empty inline List", () => {
    expect(split("---\n# nothing\n---\n")).toEqual([]);
    const pieces = split("apiVersion: v1\nitems: []\nkind: List\n");
    expect(pieces).toHaveLength(1);
    expect(parse(pieces[0]?.text as string).items).toEqual([]);
  });
});

describe("YamlDocumentSplitter list kinds", () => {
  it("passes on a List kind that precedes its items", () => {
    const pieces = split("apiVersion: v1\nkind: NodeList\nitems:\n- metadata:\n    name: n1\n");
    expect(pieces[0]?.listKind).toBe("NodeList");
  });
});
