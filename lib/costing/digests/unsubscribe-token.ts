import { createHmac, timingSafeEqual } from "node:crypto";

// The unsubscribe link's token, signed with HMAC-SHA256 so the link works without logging in and
// cannot be made up for another subscription or address. Each recipient gets a message of their
// own whose token names the subscription and their address: one click (RFC 8058) removes exactly
// them. Tokens of earlier digests name only the subscription; theirs opens a page where a recipient
// picks their own address.

function signature(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");
}

function signed(payload: string, secret: string): string {
  return `${payload}.${signature(payload, secret)}`;
}

/** A recipient's own token: the subscription and their address. */
export function signUnsubscribeToken(subscriptionId: string, email: string, secret: string): string {
  return signed(`${subscriptionId}.${Buffer.from(email).toString("base64url")}`, secret);
}

/** A token naming the subscription only (the send log's copy of a digest). */
export function signSubscriptionUnsubscribeToken(subscriptionId: string, secret: string): string {
  return signed(subscriptionId, secret);
}

export interface UnsubscribeTokenClaims {
  subscriptionId: string;
  /** The recipient the token was made for; null for a subscription's token. */
  email: string | null;
}

/** What a token names, or null when it is malformed or was not signed with `secret`. */
export function verifyUnsubscribeToken(token: string, secret: string): UnsubscribeTokenClaims | null {
  const parts = token.split(".");
  const mac = parts.pop();
  const payload = parts.join(".");
  if (!mac || parts.length < 1 || parts.length > 2 || !parts[0]) return null;
  const expected = Buffer.from(signature(payload, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const email = parts[1] === undefined ? null : Buffer.from(parts[1], "base64url").toString();
  return { subscriptionId: parts[0], email };
}
