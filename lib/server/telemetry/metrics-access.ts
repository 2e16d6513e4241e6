import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * Who may read /metrics: with TIERSCOPE_METRICS_TOKEN set, a request bearing that token (the chart
 * sets it and gives it to the scraper); without it, only clients on this host.
 */
export function mayReadMetrics(req: IncomingMessage, token = process.env.TIERSCOPE_METRICS_TOKEN): boolean {
  if (!token) return LOOPBACK.has(req.socket.remoteAddress ?? "");
  const sent = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
