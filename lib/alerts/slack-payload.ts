import type { AlertMessage } from "./alert-message";

/** Slack's mrkdwn reserves &, < and >: escaped, so a group name cannot inject a link or mention. */
const escapeMrkdwn = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A Slack incoming-webhook body: `text` for notifications and old clients, blocks for the message. */
export function slackPayload(message: AlertMessage) {
  return {
    text: `Tierscope alert: ${message.title}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: message.title.slice(0, 150) } },
      { type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(message.detail) } },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `Rule *${escapeMrkdwn(message.ruleName)}* · ${escapeMrkdwn(message.period)} · <${message.url}|Open in Tierscope>`,
          },
        ],
      },
    ],
  };
}
