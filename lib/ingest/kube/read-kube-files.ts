import { createReadStream, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { InvalidObjectError } from "./normalize-object";
import { JsonStreamError, JsonValueSplitter, MAX_NESTING_DEPTH, MAX_OBJECT_CHARS } from "./split-json-values";
import { YamlDocumentSplitter } from "./split-yaml-documents";
import { yamlNestingDepth } from "./yaml-nesting-depth";

export interface RawObject {
  value: unknown;
  /** "file:line" (and the List index), for messages. */
  position: string;
  inList: boolean;
  listKind?: string;
}

const EMPTY = "empty: no Kubernetes objects in it";
const DUMP_FILE = /\.(json|ya?ml)$/i;

/**
 * The dump files in a directory and its subdirectories, sorted. Symbolic links are followed, but a
 * directory reached again through one (a loop such as `a/b -> ..`) is an error, not an endless walk.
 */
function dumpFilesIn(directory: string, visited: Set<string>): string[] {
  const real = realpathSync(directory);
  if (visited.has(real)) throw new Error(`${directory}: symbolic link loop (back to ${real})`);
  visited.add(real);
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    const stat = entry.isSymbolicLink() ? statSync(full, { throwIfNoEntry: false }) : entry;
    if (!stat) throw new Error(`${full}: broken symbolic link`);
    if (stat.isDirectory()) files.push(...dumpFilesIn(full, visited));
    else if (stat.isFile() && DUMP_FILE.test(entry.name)) files.push(full);
  }
  visited.delete(real);
  return files.sort();
}

/** The files a list of paths names: files as given, directories searched for .json/.yaml/.yml, sorted. */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${p}: no such file or directory`);
    if (stat.isDirectory()) {
      for (const file of dumpFilesIn(p, new Set())) files.push(file);
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
    if (!splitter.sawValue) throw new InvalidObjectError(file, null, null, null, EMPTY);
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
    if (piece.text.length > MAX_OBJECT_CHARS) {
      throw new InvalidObjectError(
        position,
        null,
        null,
        null,
        `larger than ${MAX_OBJECT_CHARS / 1024 / 1024} MiB`,
      );
    }
    if (yamlNestingDepth(piece.text) > MAX_NESTING_DEPTH) {
      throw new InvalidObjectError(
        position,
        null,
        null,
        null,
        `nested more than ${MAX_NESTING_DEPTH} levels deep`,
      );
    }
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
  let first = true;
  for await (const line of lines) {
    // PowerShell writes `kubectl` output with a UTF-8 byte-order mark: it is no part of the YAML.
    const text = first ? line.replace(/^\uFEFF/, "") : line;
    first = false;
    for (const piece of splitter.push(text)) yield* parsePiece(piece);
  }
  for (const piece of splitter.end()) yield* parsePiece(piece);
  if (!splitter.sawContent) throw new InvalidObjectError(file, null, null, null, EMPTY);
}

/** Every object in the files, one at a time, in file order: memory does not grow with the files' size. */
export async function* readKubeFiles(files: string[]): AsyncGenerator<RawObject> {
  for (const file of files) {
    if (/\.json$/i.test(file)) yield* readJson(file);
    else yield* readYaml(file);
  }
}
