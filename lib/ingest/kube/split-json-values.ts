// Splits a stream of JSON text into the Kubernetes objects it holds, one at a time, without ever
// holding the whole text: a `kubectl get -o json` List of a million objects is read item by item.
// Accepts: a single object; an object with an `items` array (List, PersistentVolumeList, ...); a
// bare array; several of these one after another (JSON lines, concatenated documents).

export interface SplitValue {
  /** The JSON text of one value. */
  text: string;
  /** 1-based line where the value starts. */
  line: number;
  /** Index within the `items` array or top-level array; undefined for a lone object. */
  index?: number;
  /** True when the value came from a List's `items` (or a top-level array). */
  inList: boolean;
  /** The List's own kind when it precedes its items (PersistentVolumeList from the raw API). */
  listKind?: string;
}

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const NEWLINE = 10;
const COMMA = 44;

const BYTE_ORDER_MARK = 0xfeff;
// Kubernetes stores objects of at most 1.5 MiB (etcd's request limit) and nests them a dozen
// levels deep: an object past these limits is no Kubernetes object, and is refused before it is
// held whole or parsed.
export const MAX_OBJECT_CHARS = 8 * 1024 * 1024;
export const MAX_NESTING_DEPTH = 64;

export class JsonStreamError extends Error {
  override name = "JsonStreamError";
}

export class JsonValueSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  /**
   * "top": between top-level values; "object": in a top-level object; "items": in its items array;
   * "tail": in a List after its items (kind, metadata); "array": in a top-level array.
   */
  private mode: "top" | "object" | "items" | "tail" | "array" = "top";
  private keyChars: string[] | undefined;
  private lastKey = "";
  private pendingKey = "";
  private capture: string[] | undefined;
  private captureStart = 0;
  private captureLine = 0;
  private captureDepth = 0;
  private itemIndex = 0;
  private listKind: string | undefined;
  private awaitingValue = false;
  private started = false;
  /** Whether any value began: a file of only whitespace holds no objects and is no dump. */
  sawValue = false;
  private capturedChars = 0;

  /** Feeds one chunk of text; returns the values completed within it. */
  push(chunk: string): SplitValue[] {
    const out: SplitValue[] = [];
    if (this.capture) this.captureStart = 0;
    // PowerShell writes `kubectl` output with a UTF-8 byte-order mark: it is no part of the JSON.
    const first = !this.started && chunk.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
    if (chunk.length > 0) this.started = true;
    for (let i = first; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.keyChars) {
            const text = this.keyChars.join("");
            // A string right after `"kind":` is the top-level object's kind, not a key.
            if (this.pendingKey === "kind" && this.awaitingValue) this.listKind = text;
            this.lastKey = text;
            this.keyChars = undefined;
            this.awaitingValue = false;
          }
        } else if (this.keyChars) this.keyChars.push(chunk[i] as string);
        continue;
      }
      if (c > 32 && c !== COMMA && c !== OPEN_BRACE && c !== CLOSE_BRACKET && this.atItemDepth()) {
        throw new JsonStreamError(`list item ${this.itemIndex} at line ${this.line} is not an object`);
      }
      if (c === QUOTE) {
        this.inString = true;
        // Keys of the top-level object are the only strings whose text matters here.
        if (this.depth === 1 && this.mode === "object") this.keyChars = [];
        continue;
      }
      if (c === COLON && this.depth === 1 && this.mode === "object") {
        this.pendingKey = this.lastKey;
        this.awaitingValue = true;
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.depth >= MAX_NESTING_DEPTH) {
          throw new JsonStreamError(`nested more than ${MAX_NESTING_DEPTH} levels deep at line ${this.line}`);
        }
        this.open(c, i);
        this.depth++;
        continue;
      }
      if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth < 0) throw new JsonStreamError(`unexpected "${chunk[i]}" at line ${this.line}`);
        this.close(c, chunk, i, out);
        continue;
      }
      if (this.mode === "top" && c > 32) {
        throw new JsonStreamError(`expected an object or an array at line ${this.line}, found "${chunk[i]}"`);
      }
    }
    if (this.capture) {
      const rest = chunk.slice(this.captureStart);
      this.capturedChars += rest.length;
      if (this.capturedChars > MAX_OBJECT_CHARS) {
        throw new JsonStreamError(
          `the object starting at line ${this.captureLine} is larger than ${MAX_OBJECT_CHARS / 1024 / 1024} MiB`,
        );
      }
      this.capture.push(rest);
    }
    return out;
  }

  /** Call at the end of input: throws if a value was left unfinished (a truncated file). */
  end(): void {
    if (this.depth !== 0 || this.inString) {
      throw new JsonStreamError(`the JSON ends in the middle of a value (line ${this.line}): truncated?`);
    }
  }

  private atItemDepth(): boolean {
    return (this.mode === "items" && this.depth === 2) || (this.mode === "array" && this.depth === 1);
  }

  private open(c: number, i: number) {
    if (this.mode === "top") {
      this.sawValue = true;
      if (c === OPEN_BRACKET) {
        this.mode = "array";
        this.itemIndex = 0;
      } else {
        // Buffer a top-level object until it turns out to be a List (then only its items matter).
        this.mode = "object";
        this.pendingKey = "";
        this.listKind = undefined;
        this.startCapture(i, 0);
      }
      return;
    }
    if (this.mode === "object" && this.depth === 1 && c === OPEN_BRACKET && this.pendingKey === "items") {
      this.mode = "items";
      this.capture = undefined;
      this.itemIndex = 0;
      return;
    }
    const itemDepth = this.mode === "items" ? 2 : this.mode === "array" ? 1 : -1;
    if (this.depth === itemDepth) {
      if (c !== OPEN_BRACE)
        throw new JsonStreamError(`list item ${this.itemIndex} at line ${this.line} is not an object`);
      this.startCapture(i, itemDepth);
    }
  }

  private close(c: number, chunk: string, i: number, out: SplitValue[]) {
    if (this.capture && this.depth === this.captureDepth) {
      this.capture.push(chunk.slice(this.captureStart, i + 1));
      const text = this.capture.join("");
      this.capture = undefined;
      if (this.mode === "object") {
        out.push({ text, line: this.captureLine, inList: false });
        this.mode = "top";
      } else {
        out.push({
          text,
          line: this.captureLine,
          index: this.itemIndex++,
          inList: true,
          listKind: this.listKind,
        });
      }
      return;
    }
    if (this.depth === 0 && c === CLOSE_BRACKET && this.mode === "array") this.mode = "top";
    if (this.depth === 1 && c === CLOSE_BRACKET && this.mode === "items") this.mode = "tail";
    if (this.depth === 0 && c === CLOSE_BRACE && this.mode === "tail") this.mode = "top";
  }

  private startCapture(i: number, depth: number) {
    this.capture = [];
    this.capturedChars = 0;
    this.captureStart = i;
    this.captureLine = this.line;
    this.captureDepth = depth;
  }
}
