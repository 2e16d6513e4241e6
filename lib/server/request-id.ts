import { randomUUID } from "node:crypto";

/** What a client may send as X-Request-Id: letters, digits and hyphens, at most 64 (a UUID fits). */
const SANE_REQUEST_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The request id to log and answer with: the client's X-Request-Id when it is a sane token, else a
 * new UUID, so that nothing a client sends can forge log structure or grow without bound.
 */
export function requestIdOf(sent: string | string[] | undefined): string {
  return typeof sent === "string" && SANE_REQUEST_ID.test(sent) ? sent : randomUUID();
}
