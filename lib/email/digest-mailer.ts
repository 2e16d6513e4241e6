import nodemailer from "nodemailer";
import type { TDigestEnv } from "./digest-env";

export interface DigestMessage {
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** Our own Message-ID, so the send log names the message a recipient got. */
  messageId: string;
  unsubscribeUrl: string;
}

export interface DigestMailer {
  /** "smtp://host:port" or "log": where messages go, for the log and the UI. */
  readonly target: string;
  /** Resolves with the SMTP server's acceptance (delivered: true), or after logging (false). */
  send(message: DigestMessage): Promise<{ delivered: boolean }>;
}

// Every SMTP exchange gives up well within the default lease (300 s), so a live worker is never
// still talking to the server when the sweep decides the send was interrupted.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * Nodemailer over SMTP_URL, or SMTP_HOST/PORT/USER/PASS. With neither, a mailer that only logs:
 * the rendered digest is kept in the send log with the status "logged".
 */
export function createDigestMailer(env: TDigestEnv): DigestMailer {
  const url = env.SMTP_URL;
  const host = env.SMTP_HOST;
  if (!url && !host) {
    return {
      target: "log",
      async send(message) {
        console.log(
          `Digest "${message.subject}" for ${message.to.join(", ")} rendered and logged: no SMTP configured (SMTP_URL or SMTP_HOST)`,
        );
        return { delivered: false };
      },
    };
  }
  const transport = url
    ? nodemailer.createTransport({ url, ...SMTP_TIMEOUTS })
    : nodemailer.createTransport({
        ...SMTP_TIMEOUTS,
        host,
        port: env.SMTP_PORT ?? 587,
        ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? "" } } : {}),
      });
  const target = url
    ? `${new URL(url).protocol}//${new URL(url).host}`
    : `smtp://${host}:${env.SMTP_PORT ?? 587}`;
  return {
    target,
    async send(message) {
      await transport.sendMail({
        from: env.SMTP_FROM,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId: message.messageId,
        list: { unsubscribe: message.unsubscribeUrl },
      });
      return { delivered: true };
    },
  };
}
