import { alertEmail } from "../../alerts/alert-email";
import type { AlertMessage } from "../../alerts/alert-message";
import { type AlertResolver, postAlertJson, systemResolver } from "../../alerts/post-alert-json";
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from "../../alerts/sign-webhook";
import { slackPayload } from "../../alerts/slack-payload";
import { teamsPayload } from "../../alerts/teams-payload";
import { webhookBody } from "../../alerts/webhook-body";
import type { AlertChannel } from "../../db/generated/client";
import { type DigestMailer, DigestMailerError } from "../../email/digest-mailer";

/**
 * A failed send. `mayHaveBeenDelivered` is false only when the receiver cannot have accepted it:
 * the connection was never made, or it answered with an error status. Only then is it retried.
 */
export class AlertSendError extends Error {
  constructor(
    message: string,
    readonly mayHaveBeenDelivered: boolean,
  ) {
    super(message);
  }
}

/** Well within the shortest lease (180 s): a live worker is never taken over mid-request. */
const HTTP_TIMEOUT_MS = 30_000;
/** Errors raised before any byte reached a receiver: safe to retry. */
const CONNECT_ERRORS = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EALERTADDRESS",
]);

async function postJson(resolve: AlertResolver, url: string, body: string, headers: Record<string, string>) {
  let result: { status: number; answer: string };
  try {
    result = await postAlertJson(
      url,
      body,
      { "user-agent": "Tierscope-Alerts", ...headers },
      {
        resolve,
        timeoutMs: HTTP_TIMEOUT_MS,
      },
    );
  } catch (error) {
    const refused = CONNECT_ERRORS.has(String((error as NodeJS.ErrnoException).code));
    throw new AlertSendError((error as Error).message, !refused);
  }
  const { status, answer } = result;
  if (status < 200 || status >= 300)
    throw new AlertSendError(`HTTP ${status}${answer ? `: ${answer}` : ""}`, false);
}

/**
 * Sends one notification to one channel. Webhooks carry the notification's id (x-tierscope-alert-id,
 * the same across retries); the generic webhook is signed over "<timestamp>.<body>". Webhook hosts
 * are resolved by `transport.resolve` (the system's resolver by default) and checked at send time.
 */
export async function sendAlertToChannel(
  transport: { mailer: DigestMailer; nowSeconds: () => number; resolve?: AlertResolver },
  channel: AlertChannel,
  message: AlertMessage,
): Promise<{ delivered: boolean }> {
  const idHeader = { "x-tierscope-alert-id": message.id };
  const resolve = transport.resolve ?? systemResolver;
  switch (channel.kind) {
    case "email": {
      let delivered = false;
      for (const [index, to] of channel.recipients.entries()) {
        try {
          const result = await transport.mailer.send({
            to,
            ...alertEmail(message),
            messageId: `<alert-${message.id}.${channel.id}.${index + 1}@tierscope>`,
          });
          delivered ||= result.delivered;
        } catch (error) {
          const before = index === 0 && error instanceof DigestMailerError && !error.mayHaveBeenDelivered;
          throw new AlertSendError(`${to}: ${(error as Error).message}`, !before);
        }
      }
      return { delivered };
    }
    case "slack":
      await postJson(resolve, channel.url as string, JSON.stringify(slackPayload(message)), idHeader);
      return { delivered: true };
    case "teams":
      await postJson(resolve, channel.url as string, JSON.stringify(teamsPayload(message)), idHeader);
      return { delivered: true };
    case "webhook": {
      const body = JSON.stringify(webhookBody(message));
      const timestamp = transport.nowSeconds();
      await postJson(resolve, channel.url as string, body, {
        ...idHeader,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(channel.signingSecret as string, timestamp, body),
      });
      return { delivered: true };
    }
  }
}
