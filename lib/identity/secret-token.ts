import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A new random secret (256 bits, base64url): a session id or, with a prefix, an API token. */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** What the database keeps instead of a secret: its SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * The CSRF token of a session: derived from its secret id, so it needs no storage, changes with
 * every sign-in, and cannot be computed by anyone who does not hold the session cookie.
 */
export function csrfTokenFor(sessionSecret: string): string {
  return createHmac("sha256", sessionSecret).update("tierscope csrf").digest("base64url");
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
