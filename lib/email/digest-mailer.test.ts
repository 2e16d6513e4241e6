import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readDigestEnv } from "./digest-env";
import { createDigestMailer, type DigestMessage, smtpErrorMayHaveDelivered } from "./digest-mailer";

const received: { from: string; to: string[]; raw: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => {
      raw += chunk.toString("utf8");
    });
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((r) => r.address),
        raw,
      });
      callback();
    });
  },
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  port = typeof address === "object" && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const message: DigestMessage = {
  to: "lead@example.com",
  subject: "Tierscope: Storage costs of team ml, 2026-11-16 to 2026-11-22",
  html: "<p>$17.50</p>",
  text: "$17.50",
  messageId: "<digest-1@tierscope>",
  unsubscribeUrl: "https://tierscope.example/unsubscribe?token=t",
};

describe("createDigestMailer", () => {
  it("sends over SMTP_URL to its recipient, with our Message-ID and RFC 8058 one-click unsubscribe", async () => {
    const mailer = createDigestMailer(
      readDigestEnv({
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        SMTP_FROM: "Tierscope <digests@tierscope.test>",
      }),
    );
    expect(mailer.target).toBe(`smtp://127.0.0.1:${port}`);
    expect(await mailer.send(message)).toEqual({ delivered: true });
    expect(received).toHaveLength(1);
    expect(received[0]?.from).toBe("digests@tierscope.test");
    expect(received[0]?.to).toEqual(["lead@example.com"]);
    expect(received[0]?.raw).toContain("Message-ID: <digest-1@tierscope>");
    expect(received[0]?.raw).toContain("List-Unsubscribe: <https://tierscope.example/unsubscribe?token=t>");
    expect(received[0]?.raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  it("without SMTP only logs, and reports the message as not delivered", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const mailer = createDigestMailer(readDigestEnv({}));
    expect(mailer.target).toBe("log");
    expect(await mailer.send(message)).toEqual({ delivered: false });
    expect(log).toHaveBeenCalledWith(
      `Digest "${message.subject}" for lead@example.com rendered and logged: no SMTP configured (SMTP_URL or SMTP_HOST)`,
    );
    log.mockRestore();
  });

  it("names the variable when the SMTP configuration is malformed", () => {
    expect(() => readDigestEnv({ SMTP_URL: "http://mail.example.com" })).toThrow(
      /^Invalid environment variable SMTP_URL: /,
    );
    expect(() => readDigestEnv({ TIERSCOPE_DIGEST_SECRET: "short" })).toThrow(
      /^Invalid environment variable TIERSCOPE_DIGEST_SECRET: /,
    );
  });

  it("refuses a lease shorter than an SMTP exchange can take, unless a test asks for it explicitly", () => {
    expect(() => readDigestEnv({ TIERSCOPE_DIGEST_LEASE_SECONDS: "179" })).toThrow(
      "Invalid environment variable TIERSCOPE_DIGEST_LEASE_SECONDS: 179 is below the minimum of 180 seconds (an SMTP exchange can take 120 s)",
    );
    expect(readDigestEnv({ TIERSCOPE_DIGEST_LEASE_SECONDS: "180" }).TIERSCOPE_DIGEST_LEASE_SECONDS).toBe(180);
    expect(readDigestEnv({}).TIERSCOPE_DIGEST_LEASE_SECONDS).toBe(300);
    expect(
      readDigestEnv({
        TIERSCOPE_DIGEST_LEASE_SECONDS: "10",
        TIERSCOPE_DIGEST_LEASE_SECONDS_UNSAFE_FOR_TESTS: "1",
      }).TIERSCOPE_DIGEST_LEASE_SECONDS,
    ).toBe(10);
  });

  it("treats only errors before DATA as not delivered; a socket timeout after it may have been", () => {
    const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error("x"), fields);
    const notDelivered = [
      smtpError({ code: "ESOCKET", originalCode: "ECONNREFUSED", command: "CONN" }),
      smtpError({ code: "ETIMEDOUT", timeoutType: "GREETING_TIMEOUT", command: "CONN" }),
      smtpError({ code: "EAUTH", command: "AUTH PLAIN", responseCode: 535 }),
      smtpError({ code: "EENVELOPE", command: "MAIL FROM", responseCode: 550 }),
      smtpError({ code: "EENVELOPE", command: "RCPT TO", responseCode: 550 }),
    ];
    const mayHaveDelivered = [
      smtpError({ code: "ETIMEDOUT", timeoutType: "SOCKET_TIMEOUT", command: "CONN" }),
      smtpError({ code: "ESOCKET", originalCode: "ECONNRESET", command: "CONN" }),
      smtpError({ code: "EMESSAGE", command: "DATA", responseCode: 451 }),
      new Error("anything else"),
    ];
    expect(notDelivered.map(smtpErrorMayHaveDelivered)).toEqual([false, false, false, false, false]);
    expect(mayHaveDelivered.map(smtpErrorMayHaveDelivered)).toEqual([true, true, true, true]);
  });
});
