import { escapeHtml } from "@/lib/costing/digests/email-html";

/** The small standalone page recipients land on from a digest: no login, no script. */
export function unsubscribePage(input: { title: string; body: string; status?: number }): Response {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;max-width:560px;margin:48px auto;padding:0 16px;color:#0f172a">
<h1 style="font-size:20px">${escapeHtml(input.title)}</h1>${input.body}</body></html>`;
  return new Response(html, {
    status: input.status ?? 200,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
