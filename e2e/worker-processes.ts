import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { parseMail, type ReceivedMail } from "./digest-mail";

// What the worker specs (digests, alerts) share: SQL on the suite's database, a loopback SMTP
// server, and `tierscope digest worker` processes started and stopped by the test.

const BIN = path.resolve(import.meta.dirname, "../bin/tierscope.mjs");

export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function waitFor(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 1500; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

export function startSmtpServer(): Promise<{ server: SMTPServer; port: number; mails: ReceivedMail[] }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push(parseMail(Buffer.concat(chunks).toString("utf8")));
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0, mails });
    });
  });
}

/** Starts `tierscope digest worker` with `env` added, resolved once its output has `readyText`. */
export function startWorker(
  env: Record<string, string>,
  readyText = "Digest worker started",
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, "digest", "worker"], { env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(readyText)) resolve(child);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`digest worker exited (${code}): ${output}`)));
  });
}

export async function stopWorker(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}
