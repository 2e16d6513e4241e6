import nodemailer from "nodemailer";
import type { TDigestEnv } from "./digest-env";

/** One recipient's copy of a digest: their address, their own unsubscribe link. */
export interface DigestMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Our own Message-ID, so the send log names the message a recipient got. */
  messageId: string;
  /**
   * The recipient's one-click unsubscribe URL (RFC 8058): List-Unsubscribe and List-Unsubscribe-Post.
   * Absent on alerts, which are muted on the Alerts page instead.
   */
  unsubscribeUrl?: string;
}

export interface DigestMailer {
  /** "smtp://host:port" or "log": where messages go, for the log and the UI. */
  readonly target: string;
  /** Resolves with the SMTP server's acceptance (delivered: true), or after logging (false). */
  send(message: DigestMessage): Promise<{ delivered: boolean }>;
}

/**
 * A failed SMTP exchange. `mayHaveBeenDelivered` is false only when the exchange stopped before the
 * message data was submitted (connect, greeting, TLS, auth, MAIL FROM, RCPT TO): only then may the
 * send be tried again without risking a second copy.
 */
export class DigestMailerError extends Error {
  constructor(
    message: string,
    readonly mayHaveBeenDelivered: boolean,
  ) {
    super(message);
  }
}

// Socket error codes that only occur while a connection is being opened.
const CONNECT_ERRORS = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
const SETUP_TIMEOUTS = new Set(["CONNECT_TIMEOUT", "GREETING_TIMEOUT", "UPGRADE_TIMEOUT"]);
const PRE_DATA_COMMANDS = /^(EHLO|HELO|LHLO|STARTTLS|AUTH\b|MAIL FROM|RCPT TO)/;

/**
 * Whether a nodemailer error may have come after the point of no return: the message data (DATA)
 * was submitted, so the server may have accepted it even though we saw an error (a socket timeout
 * waiting for the final reply reports itself as "CONN", not "DATA"). Anything not known to have
 * happened before DATA counts as "may have been delivered".
 */
export function smtpErrorMayHaveDelivered(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return true;
  const e = error as { code?: unknown; originalCode?: unknown; command?: unknown; timeoutType?: unknown };
  const command = typeof e.command === "string" ? e.command : "";
  if (PRE_DATA_COMMANDS.test(command)) return false;
  if (e.code === "EDNS" || e.code === "EAUTH") return false;
  if (e.code === "ETIMEDOUT" && SETUP_TIMEOUTS.has(String(e.timeoutType))) return false;
  if (CONNECT_ERRORS.has(String(e.originalCode)) || CONNECT_ERRORS.has(String(e.code))) return false;
  return true;
}

// Every SMTP exchange gives up (at most 120 s) well within the shortest lease allowed
// (MIN_DIGEST_LEASE_SECONDS, 180 s; default 300 s), so a live worker is never
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
          `Digest "${message.subject}" for ${message.to} rendered and logged: no SMTP configured (SMTP_URL or SMTP_HOST)`,
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
      try {
        await transport.sendMail({
          from: env.SMTP_FROM,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          messageId: message.messageId,
          ...(message.unsubscribeUrl
            ? {
                list: { unsubscribe: message.unsubscribeUrl },
                // RFC 8058: a mail client may unsubscribe with one POST to the List-Unsubscribe URL.
                headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
              }
            : {}),
        });
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        throw new DigestMailerError(text, smtpErrorMayHaveDelivered(error));
      }
      return { delivered: true };
    },
  };
}
