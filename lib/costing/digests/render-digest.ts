import type { DigestContent } from "./digest-content";
import { escapeHtml } from "./email-html";
import { renderSectionHtml, renderSectionText } from "./render-sections";

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

function title(content: DigestContent): string {
  const { owner } = content;
  // The name people use first; the slug after it, so a reader can still find the team in the app.
  const what =
    owner.kind === "team"
      ? owner.displayName === owner.label
        ? `team ${owner.label}`
        : `${owner.displayName} (team ${owner.label})`
      : `namespace ${owner.label}`;
  return `Storage costs of ${what}, ${content.period.start} to ${content.period.end}`;
}

/** The digest as an email: subject, HTML part and plain-text part, with the same figures. */
export function renderDigest(content: DigestContent): RenderedDigest {
  const heading = title(content);
  const cadence = content.cadence === "weekly" ? "Weekly" : "Monthly";
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:Helvetica,Arial,sans-serif;color:#0f172a">
<div style="max-width:640px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:24px">
<p style="margin:0;color:#64748b;font-size:12px">Tierscope · ${cadence} digest · ${escapeHtml(content.timeZone)}</p>
<h1 style="margin:8px 0 0;font-size:20px">${escapeHtml(heading)}</h1>
${content.sections.map((section) => renderSectionHtml(section, content.links.base)).join("\n")}
<p style="margin:24px 0 0;font-size:13px"><a href="${escapeHtml(content.links.app)}" style="color:#2563eb">Open in Tierscope</a>: every figure with the facts behind it.</p>
<p style="margin:8px 0 0;color:#94a3b8;font-size:12px">You receive this because you are on this digest's recipients. <a href="${escapeHtml(content.links.unsubscribe)}" style="color:#64748b">Unsubscribe</a></p>
</div></body></html>`;
  const text = [
    heading,
    `${cadence} digest, time zone ${content.timeZone}`,
    "",
    content.sections.map((section) => renderSectionText(section, content.links.base)).join("\n\n"),
    "",
    `Open in Tierscope: ${content.links.app}`,
    `Unsubscribe: ${content.links.unsubscribe}`,
  ].join("\n");
  return { subject: `Tierscope: ${heading}`, html, text };
}
