// Reads a JSON document as a stream of chunks, without holding it: the containers on the paths
// `descend` accepts are walked character by character and never kept; every other value is
// collected and parsed whole, and yielded with its path. For a query_range response, walking the
// root, `data` and `data.result` means memory holds one series entry at a time, however many the
// file has. One value may not exceed `maxValueChars`.

export type JsonPath = (string | number)[];

export interface JsonValueAt {
  path: JsonPath;
  value: unknown;
  /** 1-based line where the value starts. */
  line: number;
}

export class JsonSyntaxError extends Error {
  override name = "JsonSyntaxError";
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

/** `$.data.result[3].values` */
export function formatJsonPath(path: JsonPath): string {
  return `$${path.map((p) => (typeof p === "number" ? `[${p}]` : /^[A-Za-z_]\w*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join("")}`;
}

type FrameState = "first" | "key" | "colon" | "value" | "after";

interface Frame {
  array: boolean;
  path: JsonPath;
  state: FrameState;
  key: string;
  index: number;
}

interface Capture {
  pieces: string[];
  length: number;
  start: number;
  kind: "container" | "string" | "literal";
  depth: number;
  inString: boolean;
  escaped: boolean;
  forKey: boolean;
  path: JsonPath;
  line: number;
}

const WHITESPACE = new Set([32, 9, 10, 13]);
const LITERAL_START = /[-0-9tfn]/;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const NEWLINE = 10;

export interface StreamJsonOptions {
  descend: (path: JsonPath) => boolean;
  maxValueChars: number;
}

export async function* streamJsonValues(
  chunks: AsyncIterable<string>,
  options: StreamJsonOptions,
): AsyncGenerator<JsonValueAt> {
  const scanner = new JsonScanner(options);
  for await (const chunk of chunks) yield* scanner.push(chunk);
  yield* scanner.end();
}

class JsonScanner {
  private readonly stack: Frame[] = [];
  private rootSeen = false;
  private line = 1;
  private capture: Capture | undefined;
  private out: JsonValueAt[] = [];

  constructor(private readonly options: StreamJsonOptions) {}

  private error(problem: string): JsonSyntaxError {
    const frame = this.stack[this.stack.length - 1];
    return new JsonSyntaxError(this.line, frame ? `in ${formatJsonPath(frame.path)}: ${problem}` : problem);
  }

  push(chunk: string): JsonValueAt[] {
    this.out = [];
    if (this.capture) this.capture.start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      // A literal ends before the delimiter that follows it: that character is then structural.
      const consumed = this.capture !== undefined && this.captureChar(c, chunk, i) === "consumed";
      if (c === NEWLINE) this.line++;
      if (consumed) continue;
      this.structural(c, chunk, i);
    }
    if (this.capture) this.keep(chunk.slice(this.capture.start));
    return this.out;
  }

  end(): JsonValueAt[] {
    this.out = [];
    if (this.capture?.kind === "literal") this.finishCapture("", 0);
    if (this.capture || this.stack.length > 0 || !this.rootSeen)
      throw this.error("unexpected end of the document");
    return this.out;
  }

  private keep(text: string): void {
    const capture = this.capture as Capture;
    capture.pieces.push(text);
    capture.length += text.length;
    if (capture.length > this.options.maxValueChars) {
      throw new JsonSyntaxError(
        capture.line,
        `the value at ${formatJsonPath(capture.path)} is longer than ${this.options.maxValueChars} characters, the most one value may hold: split the file`,
      );
    }
  }

  /** Feeds one character to the value being collected; "consumed" unless a literal just ended. */
  private captureChar(c: number, chunk: string, i: number): "consumed" | "ended-before" {
    const capture = this.capture as Capture;
    if (capture.kind === "literal") {
      if (WHITESPACE.has(c) || c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.finishCapture(chunk, i);
        return "ended-before";
      }
      return "consumed";
    }
    if (capture.inString) {
      if (capture.escaped) capture.escaped = false;
      else if (c === BACKSLASH) capture.escaped = true;
      else if (c === QUOTE) {
        capture.inString = false;
        if (capture.kind === "string") this.finishCapture(chunk, i + 1);
      }
      return "consumed";
    }
    if (c === QUOTE) capture.inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) capture.depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      capture.depth--;
      if (capture.depth === 0) this.finishCapture(chunk, i + 1);
    }
    return "consumed";
  }

  private finishCapture(chunk: string, endExclusive: number): void {
    const capture = this.capture as Capture;
    this.keep(chunk.slice(capture.start, endExclusive));
    this.capture = undefined;
    const text = capture.pieces.join("");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new JsonSyntaxError(
        capture.line,
        `${formatJsonPath(capture.path)} is not valid JSON (${(error as Error).message})`,
      );
    }
    const frame = this.stack[this.stack.length - 1];
    if (capture.forKey) {
      (frame as Frame).key = value as string;
      (frame as Frame).state = "colon";
      return;
    }
    this.out.push({ path: capture.path, value, line: capture.line });
    this.afterValue();
  }

  private afterValue(): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame) frame.state = "after";
    else this.rootSeen = true;
  }

  private startCapture(c: number, i: number, path: JsonPath, forKey: boolean): void {
    const kind = c === QUOTE ? "string" : c === OPEN_BRACE || c === OPEN_BRACKET ? "container" : "literal";
    this.capture = {
      pieces: [],
      length: 0,
      start: i,
      kind,
      depth: kind === "container" ? 1 : 0,
      inString: kind === "string",
      escaped: false,
      forKey,
      path,
      line: this.line,
    };
  }

  private value(c: number, chunk: string, i: number, path: JsonPath): void {
    if ((c === OPEN_BRACE || c === OPEN_BRACKET) && this.options.descend(path)) {
      this.stack.push({ array: c === OPEN_BRACKET, path, state: "first", key: "", index: 0 });
      return;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE || LITERAL_START.test(chunk[i] as string)) {
      this.startCapture(c, i, path, false);
      return;
    }
    throw this.error(`unexpected "${chunk[i]}" where a value should be`);
  }

  private structural(c: number, chunk: string, i: number): void {
    if (WHITESPACE.has(c)) return;
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      if (this.rootSeen) throw this.error(`unexpected "${chunk[i]}" after the end of the document`);
      this.value(c, chunk, i, []);
      return;
    }
    const close = frame.array ? CLOSE_BRACKET : CLOSE_BRACE;
    if (frame.state === "colon") {
      if (c !== COLON) throw this.error(`expected ":" after "${frame.key}", found "${chunk[i]}"`);
      frame.state = "value";
    } else if (frame.state === "after") {
      if (c === close) this.pop();
      else if (c !== COMMA) {
        throw this.error(`expected "," or "${frame.array ? "]" : "}"}", found "${chunk[i]}"`);
      } else if (frame.array) {
        frame.index++;
        frame.state = "value";
      } else {
        frame.state = "key";
      }
    } else if (frame.state === "first" && c === close) {
      this.pop();
    } else if (frame.array) {
      this.value(c, chunk, i, [...frame.path, frame.index]);
    } else if (frame.state === "value") {
      this.value(c, chunk, i, [...frame.path, frame.key]);
    } else if (c === QUOTE) {
      this.startCapture(c, i, frame.path, true);
    } else {
      throw this.error(`expected a property name, found "${chunk[i]}"`);
    }
  }

  private pop(): void {
    this.stack.pop();
    this.afterValue();
  }
}
