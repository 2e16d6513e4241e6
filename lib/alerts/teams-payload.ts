import type { AlertMessage } from "./alert-message";

/**
 * A Microsoft Teams workflow-webhook body ("When a Teams webhook request is received"): a message
 * with one Adaptive Card attachment.
 */
export function teamsPayload(message: AlertMessage) {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: message.title, weight: "Bolder", size: "Medium", wrap: true },
            { type: "TextBlock", text: message.detail, wrap: true },
            {
              type: "FactSet",
              facts: [
                { title: "Rule", value: message.ruleName },
                { title: "Group", value: message.groupKey },
                { title: "Period", value: message.period },
              ],
            },
          ],
          actions: [{ type: "Action.OpenUrl", title: "Open in Tierscope", url: message.url }],
        },
      },
    ],
  };
}
