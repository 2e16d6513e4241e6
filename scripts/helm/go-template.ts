import { stringify } from "yaml";

/**
 * The part of Go's text/template and Helm's functions the Tierscope chart uses, so CI can render
 * the chart where Helm cannot be installed: actions with `{{-`/`-}}` trimming, pipelines, `if`/
 * `else if`/`else`, `with`, `range` (lists and maps), `define` and `include`, `.`/`$` and field
 * chains. Anything else is an error naming the template, never a silent difference.
 */
type Value = unknown;
type Node =
  | { type: "text"; text: string }
  | { type: "action"; pipe: string }
  | { type: "if" | "with" | "range"; pipe: string; body: Node[]; otherwise: Node[] };

export class TemplateError extends Error {
  override name = "TemplateError";
}

interface Token {
  kind: "text" | "action";
  text: string;
}

function tokenize(source: string, name: string): Token[] {
  const tokens: Token[] = [];
  let rest = source;
  while (rest.length > 0) {
    const open = rest.indexOf("{{");
    if (open < 0) {
      tokens.push({ kind: "text", text: rest });
      break;
    }
    let text = rest.slice(0, open);
    const close = rest.indexOf("}}", open);
    if (close < 0) throw new TemplateError(`${name}: unclosed action`);
    let action = rest.slice(open + 2, close);
    rest = rest.slice(close + 2);
    if (action.startsWith("-")) {
      text = text.replace(/\s+$/, "");
      action = action.slice(1);
    }
    if (action.endsWith("-")) {
      action = action.slice(0, -1);
      rest = rest.replace(/^\s+/, "");
    }
    tokens.push({ kind: "text", text }, { kind: "action", text: action.trim() });
  }
  return tokens.filter((t) => t.kind === "action" || t.text.length > 0);
}

/** Parses tokens into nodes; `define` blocks go to `defines`. */
function parse(tokens: Token[], name: string, defines: Map<string, Node[]>): Node[] {
  let i = 0;
  const block = (): { nodes: Node[]; end: string } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const token = tokens[i++] as Token;
      if (token.kind === "text") {
        nodes.push({ type: "text", text: token.text });
        continue;
      }
      const action = token.text;
      if (action.startsWith("/*")) continue;
      const keyword = /^(if|with|range|define|else|end)\b\s*(.*)$/s.exec(action);
      if (!keyword) {
        nodes.push({ type: "action", pipe: action });
        continue;
      }
      const [, word, arg] = keyword as unknown as [string, string, string];
      if (word === "end" || word === "else") return { nodes, end: action };
      if (word === "define") {
        const defined = block();
        defines.set(JSON.parse(arg), defined.nodes);
        continue;
      }
      nodes.push(conditional(word as "if" | "with" | "range", arg));
    }
    return { nodes, end: "" };
  };
  const conditional = (type: "if" | "with" | "range", pipe: string): Node => {
    const body = block();
    let otherwise: Node[] = [];
    if (body.end.startsWith("else if ")) {
      otherwise = [conditional("if", body.end.slice("else if ".length))];
    } else if (body.end === "else") {
      const rest = block();
      if (rest.end !== "end") throw new TemplateError(`${name}: ${type} without end`);
      otherwise = rest.nodes;
    } else if (body.end !== "end") throw new TemplateError(`${name}: ${type} without end`);
    return { type, pipe, body: body.nodes, otherwise };
  };
  const top = block();
  if (top.end) throw new TemplateError(`${name}: unexpected {{${top.end}}}`);
  return top.nodes;
}

function truthy(value: Value): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/** Go's toYaml: keys sorted, no trailing newline. */
function toYaml(value: Value): string {
  const sortKeys = (v: Value): Value =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sortKeys((v as Record<string, Value>)[k])]),
          )
        : v;
  return stringify(sortKeys(value), { lineWidth: 0 }).replace(/\n$/, "");
}

function goString(value: Value): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function printf(format: string, ...args: Value[]): string {
  let n = 0;
  return format.replace(/%[sdv%]/g, (verb) => (verb === "%%" ? "%" : goString(args[n++])));
}

export class ChartTemplates {
  private readonly defines = new Map<string, Node[]>();
  private readonly files = new Map<string, Node[]>();

  add(name: string, source: string): void {
    this.files.set(name, parse(tokenize(source, name), name, this.defines));
  }

  render(name: string, root: Value): string {
    const nodes = this.files.get(name);
    if (!nodes) throw new TemplateError(`no template ${name}`);
    return this.run(nodes, root, root, name);
  }

  private run(nodes: Node[], dot: Value, root: Value, name: string): string {
    let out = "";
    for (const node of nodes) {
      if (node.type === "text") out += node.text;
      else if (node.type === "action") out += goString(this.pipeline(node.pipe, dot, root, name));
      else {
        const value = this.pipeline(node.pipe, dot, root, name);
        if (node.type === "range") {
          const items = Array.isArray(value)
            ? value
            : value && typeof value === "object"
              ? Object.keys(value)
                  .sort()
                  .map((k) => (value as Record<string, Value>)[k])
              : [];
          out += items.length
            ? items.map((item) => this.run(node.body, item, root, name)).join("")
            : this.run(node.otherwise, dot, root, name);
        } else if (truthy(value)) {
          out += this.run(node.body, node.type === "with" ? value : dot, root, name);
        } else out += this.run(node.otherwise, dot, root, name);
      }
    }
    return out;
  }

  private functions(name: string): Record<string, (...args: Value[]) => Value> {
    return {
      include: (template, dot) => {
        const nodes = this.defines.get(template as string);
        if (!nodes) throw new TemplateError(`${name}: no template "${template}" to include`);
        return this.run(nodes, dot, dot, name);
      },
      toYaml: (v) => toYaml(v),
      nindent: (n, s) => `\n${this.indent(n as number, goString(s))}`,
      indent: (n, s) => this.indent(n as number, goString(s)),
      quote: (v) => JSON.stringify(goString(v)),
      default: (fallback, v) => (truthy(v) ? v : fallback),
      required: (message, v) => {
        if (v === null || v === undefined || v === "") throw new TemplateError(`${name}: ${message}`);
        return v;
      },
      printf: (format, ...args) => printf(format as string, ...args),
      trunc: (n, s) => goString(s).slice(0, n as number),
      trimSuffix: (suffix, s) => {
        const text = goString(s);
        return text.endsWith(suffix as string) ? text.slice(0, -(suffix as string).length) : text;
      },
      replace: (from, to, s) =>
        goString(s)
          .split(from as string)
          .join(to as string),
      contains: (part, s) => goString(s).includes(part as string),
      b64enc: (s) => Buffer.from(goString(s)).toString("base64"),
      not: (v) => !truthy(v),
      eq: (a, b) => a === b,
    };
  }

  private indent(n: number, text: string): string {
    const pad = " ".repeat(n);
    return text
      .split("\n")
      .map((line) => pad + line)
      .join("\n");
  }

  /** Evaluates `cmd | cmd | …`, each command's result passed as the next one's last argument. */
  private pipeline(pipe: string, dot: Value, root: Value, name: string): Value {
    const commands = splitOutside(pipe, "|");
    let piped: Value;
    commands.forEach((command, i) => {
      const args = tokenizeArgs(command.trim(), name);
      const [head, ...rest] = args;
      const fn =
        head && /^[a-zA-Z]\w*$/.test(head) && !["true", "false", "nil"].includes(head) ? head : undefined;
      if (fn) {
        const implementation = this.functions(name)[fn];
        if (!implementation)
          throw new TemplateError(`${name}: function ${fn} is not supported by this renderer`);
        const values = rest.map((a) => this.argument(a, dot, root, name));
        piped = implementation(...values, ...(i > 0 ? [piped] : []));
      } else {
        if (args.length !== 1 || i > 0) throw new TemplateError(`${name}: cannot evaluate "${command}"`);
        piped = this.argument(head as string, dot, root, name);
      }
    });
    return piped;
  }

  private argument(arg: string, dot: Value, root: Value, name: string): Value {
    if (arg.startsWith("(")) return this.pipeline(arg.slice(1, -1), dot, root, name);
    if (arg.startsWith('"')) return JSON.parse(arg);
    if (/^-?\d+$/.test(arg)) return Number(arg);
    if (arg === "true" || arg === "false") return arg === "true";
    if (arg === "nil") return null;
    if (arg === ".") return dot;
    const chain = /^(\$|)(\.[\w.]+)?$/.exec(arg);
    if (!chain) throw new TemplateError(`${name}: cannot evaluate "${arg}"`);
    let value: Value = chain[1] === "$" ? root : dot;
    for (const field of (chain[2] ?? "").split(".").filter(Boolean)) {
      value = value && typeof value === "object" ? (value as Record<string, Value>)[field] : undefined;
    }
    return value;
  }
}

/** Splits on `separator` outside quotes and parentheses. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== "\\") quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")") depth--;
    else if (!quoted && depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function tokenizeArgs(command: string, name: string): string[] {
  const args = splitOutside(command, " ").filter((a) => a.length > 0);
  for (const arg of args) {
    if (arg.startsWith("(") !== arg.endsWith(")"))
      throw new TemplateError(`${name}: unbalanced ( in "${command}"`);
  }
  return args;
}
