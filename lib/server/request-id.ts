/** The header a client (or a proxy in front) names its request with, echoed back and logged. */
export const REQUEST_ID_HEADER = "x-request-id";

/**
 * What a client may send as X-Request-Id: letters, digits and `.`, `_`, `:`, `-`, at most 128 (a
 * UUID, a W3C trace id or a proxy's "host:123.4" fit); nothing that could start a new log field.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id to log, audit and answer with: the client's X-Request-Id when it is a sane token,
 * else a new UUID, so that nothing a client sends can forge log structure or grow without bound.
 */
export function requestIdOf(sent: string | string[] | null | undefined): string {
  return typeof sent === "string" && SANE_REQUEST_ID.test(sent) ? sent : crypto.randomUUID();
}

/** requestIdOf the X-Request-Id among a request's headers. */
export function requestIdFromHeaders(headers: Pick<Headers, "get">): string {
  return requestIdOf(headers.get(REQUEST_ID_HEADER));
}
