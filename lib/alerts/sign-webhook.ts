import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-tierscope-signature";
export const TIMESTAMP_HEADER = "x-tierscope-timestamp";

/** "v1=" + hex HMAC-SHA256 over "<timestamp>.<body>" with the channel's secret. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * What a receiver does (README "Alerts"): recompute the signature over the raw body, compare in
 * constant time, and refuse a timestamp further than `toleranceSeconds` from its clock (a replay).
 */
export function verifyWebhookSignature(input: {
  secret: string;
  timestamp: string | null;
  signature: string | null;
  body: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): boolean {
  const timestamp = Number(input.timestamp);
  if (!input.signature || !Number.isInteger(timestamp)) return false;
  if (Math.abs(input.nowSeconds - timestamp) > (input.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(input.secret, timestamp, input.body));
  const given = Buffer.from(input.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
