import { createHmac, timingSafeEqual } from "node:crypto";

// The unsubscribe link's token, signed with HMAC-SHA256 so the link works without logging in and
// cannot be made up for another subscription or address. Each recipient gets a message of their
// own whose token names the subscription, their address and when the token expires: one click
// (RFC 8058) removes exactly them until then. Tokens of earlier releases carry no expiry and are
// answered as expired: the recipient's newest digest has a current link.

/** How long a digest's unsubscribe link works: past the next-but-one monthly digest. */
export const UNSUBSCRIBE_TOKEN_DAYS = 90;

const DAY_MS = 86_400_000;

function signature(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");
}

function signatureMatches(payload: string, mac: string, secret: string): boolean {
  const expected = Buffer.from(signature(payload, secret));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A recipient's own token: the subscription, their address, and its expiry UNSUBSCRIBE_TOKEN_DAYS after `issuedAt`. */
export function signUnsubscribeToken(
  input: { subscriptionId: string; email: string; issuedAt: Date },
  secret: string,
): string {
  const expiresAt = Math.floor((input.issuedAt.getTime() + UNSUBSCRIBE_TOKEN_DAYS * DAY_MS) / 1000);
  const payload = `${input.subscriptionId}.${Buffer.from(input.email).toString("base64url")}.${expiresAt}`;
  return `${payload}.${signature(payload, secret)}`;
}

export type UnsubscribeTokenCheck =
  | { status: "valid"; subscriptionId: string; email: string }
  | { status: "expired" }
  | { status: "invalid" };

/**
 * What a token names at `now`: valid (the subscription and address), expired (signed with
 * `secret` but past its expiry, or of the earlier kind without one), or invalid (malformed, or
 * not signed with `secret`).
 */
export function verifyUnsubscribeToken(token: string, secret: string, now: Date): UnsubscribeTokenCheck {
  const parts = token.split(".");
  const mac = parts.pop();
  if (!mac || parts.length < 1 || parts.length > 3 || !parts[0]) return { status: "invalid" };
  if (!signatureMatches(parts.join("."), mac, secret)) return { status: "invalid" };
  const [subscriptionId, email, expiresAt] = parts;
  if (email === undefined || expiresAt === undefined) return { status: "expired" };
  if (Number(expiresAt) * 1000 <= now.getTime()) return { status: "expired" };
  return { status: "valid", subscriptionId, email: Buffer.from(email, "base64url").toString() };
}
