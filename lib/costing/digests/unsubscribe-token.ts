import { createHmac, timingSafeEqual } from "node:crypto";

// The unsubscribe link's token: the subscription and address it removes, signed with HMAC-SHA256
// so it works without logging in and cannot be forged for another address.

function signature(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

export function signUnsubscribeToken(
  input: { subscriptionId: string; email: string },
  secret: string,
): string {
  const payload = Buffer.from(JSON.stringify([input.subscriptionId, input.email])).toString("base64url");
  return `${payload}.${signature(payload, secret)}`;
}

/** The subscription and address a token names, or null when it is malformed or not ours. */
export function verifyUnsubscribeToken(
  token: string,
  secret: string,
): { subscriptionId: string; email: string } | null {
  const [payload, mac] = token.split(".");
  if (!payload || !mac) return null;
  const expected = Buffer.from(signature(payload, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") return null;
    return { subscriptionId: parsed[0], email: parsed[1] };
  } catch {
    return null;
  }
}
