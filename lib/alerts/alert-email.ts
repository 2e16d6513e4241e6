import type { AlertMessage } from "./alert-message";

const html = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The email of one notification: subject, plain text and a small HTML part. */
export function alertEmail(message: AlertMessage) {
  return {
    subject: `Tierscope alert: ${message.title}`,
    text: `${message.title}\n\n${message.detail}\n\nRule: ${message.ruleName}\nPeriod: ${message.period}\nOpen in Tierscope: ${message.url}\n`,
    html: `<h1>${html(message.title)}</h1><p>${html(message.detail)}</p><p>Rule: ${html(message.ruleName)} · Period: ${html(message.period)}</p><p><a href="${html(message.url)}">Open in Tierscope</a></p>`,
  };
}
