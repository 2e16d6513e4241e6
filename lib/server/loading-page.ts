import type { IncomingMessage, ServerResponse } from "node:http";

/** Seconds between the loading page's own refreshes (and the Retry-After an API client gets). */
const REFRESH_SECONDS = 3;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * What the server answers while it listens but cannot serve the app yet (the demo loading its
 * fleet): 503 with Retry-After, as a page that says what is happening and reloads itself into the
 * app once it is there, or as the API's JSON error for /api requests.
 */
export function respondLoading(req: IncomingMessage, res: ServerResponse, message: string): void {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  const headers = { "cache-control": "no-store", "retry-after": String(REFRESH_SECONDS) };
  if (pathname.startsWith("/api/")) {
    res.writeHead(503, { ...headers, "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "loading", message: `Tierscope is starting: ${message}` } }));
    return;
  }
  res.writeHead(503, { ...headers, "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="${REFRESH_SECONDS}">
<title>Tierscope is starting</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1e1b4b}</style>
</head>
<body>
<h1>Tierscope is starting</h1>
<p id="loading">${escapeHtml(message)}</p>
<p>This page reloads by itself and becomes the sign-in page when the data is there.</p>
</body>
</html>
`);
}
