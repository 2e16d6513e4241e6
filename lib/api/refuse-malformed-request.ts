import { allowedQueryParameters } from "./allowed-query-parameters";

/** Why a request is refused before its handler runs: status, code and one line. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

// Real requests carry short ids, dates and names: these limits sit far above them, and far below
// what would cost the server anything to read.
export const MAX_URL_LENGTH = 8192;
export const MAX_PARAMETER_LENGTH = 1024;
export const MAX_BODY_BYTES = 1024 * 1024;

// NUL and the other C0 control characters have no place in an id, a date or a name, and
// PostgreSQL refuses NUL in text outright.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function refuse(status: number, code: string, message: string): Refusal {
  return { status, code, message };
}

function checkText(what: string, value: string): Refusal | null {
  if (CONTROL_CHARACTER.test(value))
    return refuse(422, "invalid_input", `${what} contains a control character`);
  if (value.length > MAX_PARAMETER_LENGTH) {
    return refuse(422, "invalid_input", `${what} is longer than ${MAX_PARAMETER_LENGTH} characters`);
  }
  return null;
}

function decodedSegments(pathname: string): string[] | null {
  try {
    return pathname.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/**
 * What is wrong with a request's URL and headers, before any handler reads it: too long, a NUL
 * byte or an overlong value in a path segment or parameter, a parameter the route does not take
 * (or given twice), a body too large or not JSON. Null when nothing is.
 */
export function refuseMalformedRequest(request: Request, options: BodyRules = {}): Refusal | null {
  if (request.url.length > MAX_URL_LENGTH) {
    return refuse(414, "uri_too_long", `the URL is longer than ${MAX_URL_LENGTH} characters`);
  }
  const url = new URL(request.url);
  const segments = decodedSegments(url.pathname);
  if (!segments) return refuse(422, "invalid_input", "the path is not valid percent-encoding");
  for (const segment of segments) {
    const problem = checkText("a path segment", segment);
    if (problem) return problem;
  }
  const allowed = allowedQueryParameters(request.method, url.pathname);
  const seen = new Set<string>();
  for (const [name, value] of url.searchParams) {
    const problem =
      checkText(`parameter "${name.slice(0, 40)}"`, name) ?? checkText(`parameter "${name}"`, value);
    if (problem) return problem;
    if (allowed && !allowed.has(name)) {
      const known = allowed.size > 0 ? ` (it takes ${[...allowed].join(", ")})` : " (it takes none)";
      return refuse(422, "unknown_parameter", `unknown parameter "${name}"${known}`);
    }
    if (seen.has(name)) return refuse(422, "invalid_input", `parameter "${name}" is given more than once`);
    seen.add(name);
  }
  if (options.ownBody) return null;
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) {
    return refuse(413, "payload_too_large", `the body is larger than ${MAX_BODY_BYTES / 1024} KiB`);
  }
  const type = request.headers.get("content-type");
  if (length > 0 && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type ?? "")) {
    return refuse(415, "unsupported_media_type", "the body must be JSON (Content-Type: application/json)");
  }
  return null;
}

/**
 * ownBody: the route streams and bounds its own body, which is not JSON (a collector's push: gzip
 * JSON lines up to its own limit), so the JSON body rules and MAX_BODY_BYTES do not apply to it.
 */
export interface BodyRules {
  readonly ownBody?: boolean;
}

/**
 * The request with its body read, at most MAX_BODY_BYTES of it, when it came without a
 * Content-Length (chunked): a body too large is refused without being held whole.
 */
export async function boundBody(request: Request): Promise<Request | Refusal> {
  if (!request.body || request.headers.has("content-length")) return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return refuse(413, "payload_too_large", `the body is larger than ${MAX_BODY_BYTES / 1024} KiB`);
    }
    chunks.push(value);
  }
  const headers = new Headers(request.headers);
  headers.set("content-length", String(size));
  const bounded = new Request(request.url, { method: request.method, headers, body: Buffer.concat(chunks) });
  return refuseMalformedRequest(bounded) ?? bounded;
}
