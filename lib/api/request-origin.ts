import { isHttpsRequest } from "./auth-cookies";

/**
 * The origin the browser used for this request: its Host header (or a proxy's X-Forwarded-Host),
 * with https when the request came over HTTPS. A route handler's request.url may instead name the
 * address the server listens on (localhost for 127.0.0.1), which is not where the browser is.
 */
export function requestOrigin(request: Pick<Request, "url" | "headers">): string {
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ||
    request.headers.get("host") ||
    new URL(request.url).host;
  return `${isHttpsRequest(request) ? "https" : "http"}://${host}`;
}
