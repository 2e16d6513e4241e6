// What every HTML block of a digest is drawn with: escaping, and inline styles (mail clients drop
// <style> elements).

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export const H2 = 'style="margin:24px 0 8px;font-size:16px;color:#0f172a"';
export const MUTED = 'style="margin:4px 0;color:#64748b;font-size:13px"';
export const TD = 'style="padding:4px 8px;border-bottom:1px solid #e2e8f0;font-size:13px"';
export const TD_RIGHT =
  'style="padding:4px 8px;border-bottom:1px solid #e2e8f0;font-size:13px;text-align:right"';

/** A link in the app's blue; `href` is absolute, `label` plain text. */
export function emailLink(href: string, label: string, bold = false): string {
  return `<a href="${escapeHtml(href)}" style="color:#2563eb${bold ? ";font-weight:600" : ""}">${escapeHtml(label)}</a>`;
}

/** "41.2 %"; "n/a" when there is nothing to divide by. */
export function percent(ratio: number | null): string {
  return ratio === null ? "n/a" : `${(ratio * 100).toFixed(1)} %`;
}
