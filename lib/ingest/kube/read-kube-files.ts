import { createReadStream, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { InvalidObjectError } from "./normalize-object";
import { JsonStreamError, JsonValueSplitter } from "./split-json-values";
import { YamlDocumentSplitter } from "./split-yaml-documents";

export interface RawObject {
  value: unknown;
  /** "file:line" (and the List index), for messages. */
  position: string;
  inList: boolean;
  listKind?: string;
}

const DUMP_FILE = /\.(json|ya?ml)$/i;

/** The files a list of paths names: files as given, directories searched for .json/.yaml/.yml, sorted. */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${p}: no such file or directory`);
    if (stat.isDirectory()) {
      const entries = readdirSync(p, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && DUMP_FILE.test(e.name))
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      files.push(...entries);
    } else files.push(p);
  }
  return files;
}

function positionOf(file: string, line: number, index: number | undefined): string {
  return `${file}:${line}${index === undefined ? "" : ` (item ${index})`}`;
}

async function* readJson(file: string): AsyncGenerator<RawObject> {
  const splitter = new JsonValueSplitter();
  try {
    for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) {
      for (const piece of splitter.push(chunk as string)) {
        const position = positionOf(file, piece.line, piece.index);
        let value: unknown;
        try {
          value = JSON.parse(piece.text);
        } catch (error) {
          throw new InvalidObjectError(
            position,
            null,
            null,
            null,
            `not valid JSON: ${(error as Error).message}`,
          );
        }
        yield { value, position, inList: piece.inList, listKind: piece.listKind };
      }
    }
    splitter.end();
  } catch (error) {
    if (error instanceof JsonStreamError) throw new InvalidObjectError(file, null, null, null, error.message);
    throw error;
  }
}

async function* readYaml(file: string): AsyncGenerator<RawObject> {
  const splitter = new YamlDocumentSplitter();
  const lines = createInterface({
    input: createReadStream(file, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const parsePiece = (piece: ReturnType<YamlDocumentSplitter["end"]>[number]): RawObject[] => {
    const position = positionOf(file, piece.line, piece.index);
    let value: unknown;
    try {
      value = parseYaml(piece.text, { prettyErrors: false });
    } catch (error) {
      const detail = error instanceof YAMLParseError ? error.message.split("\n")[0] : String(error);
      throw new InvalidObjectError(position, null, null, null, `not valid YAML: ${detail}`);
    }
    // A whole List document (items inline, e.g. `items: []`) stands for its items.
    const list = value as { items?: unknown; kind?: unknown } | null;
    if (
      !piece.inList &&
      list &&
      Array.isArray(list.items) &&
      typeof list.kind === "string" &&
      list.kind.endsWith("List")
    ) {
      return list.items.map((item, i) => ({
        value: item,
        position: positionOf(file, piece.line, i),
        inList: true,
        listKind: list.kind as string,
      }));
    }
    return [{ value, position, inList: piece.inList, listKind: piece.listKind }];
  };
  for await (const line of lines) {
    for (const piece of splitter.push(line)) yield* parsePiece(piece);
  }
  for (const piece of splitter.end()) yield* parsePiece(piece);
}

/** Every object in the files, one at a time, in file order: memory does not grow with the files' size. */
export async function* readKubeFiles(files: string[]): AsyncGenerator<RawObject> {
  for (const file of files) {
    if (/\.json$/i.test(file)) yield* readJson(file);
    else yield* readYaml(file);
  }
}
