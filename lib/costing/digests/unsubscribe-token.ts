import { createHmac, timingSafeEqual } from "node:crypto";

// The unsubscribe link's token: the subscription it belongs to, signed with HMAC-SHA256 so the
// link works without logging in and cannot be made up for another subscription. One message goes
// to all of a subscription's recipients, so the link opens a page where a recipient removes their
// own address.

function signature(subscriptionId: string, secret: string): string {
  return createHmac("sha256", secret).update(`unsubscribe:${subscriptionId}`).digest("base64url");
}

export function signUnsubscribeToken(subscriptionId: string, secret: string): string {
  return `${subscriptionId}.${signature(subscriptionId, secret)}`;
}

/** The subscription a token names, or null when it is malformed or was not signed with `secret`. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const [subscriptionId, mac] = token.split(".");
  if (!subscriptionId || !mac) return null;
  const expected = Buffer.from(signature(subscriptionId, secret));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? subscriptionId : null;
}
