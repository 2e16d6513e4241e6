import { chmodSync, mkdirSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { createInterface } from "node:readline";
import { CommanderError } from "commander";
import type { OpenDatabase } from "../../db/open-database";
import type { Db } from "../../db/prisma";
import { describeCliError } from "../describe-cli-error";
import { CliExit } from "./cli-exit";
import {
  type ControlMessage,
  commandWords,
  controlSocketFolder,
  controlSocketPath,
  decodeMessage,
  encodeMessage,
  isForwardable,
} from "./control-socket";
import { type ForwardedInvocation, runForwarded } from "./forwarded-invocation";
import { routeOutputToInvocations } from "./route-output-to-invocation";

export interface ForwardedCommandServer {
  readonly socketPath: string;
  close(): Promise<void>;
}

/** Runs one forwarded command line in this process, through the same commands as `tierscope`. */
async function runCommandLine(argv: string[], invocation: ForwardedInvocation): Promise<number> {
  if (!isForwardable(argv)) {
    invocation.writeStderr(
      `tierscope: \`${commandWords(argv).join(" ")}\` does not run through the server: stop the server first\n`,
    );
    return 1;
  }
  // Imported here: the program includes `serve`, which starts this server.
  const { buildProgram } = await import("../program");
  return runForwarded(invocation, async () => {
    try {
      await buildProgram({ forwarded: true }).parseAsync(argv, { from: "user" });
      return 0;
    } catch (error) {
      if (error instanceof CliExit) return error.status;
      if (error instanceof CommanderError) return error.exitCode;
      invocation.writeStderr(`tierscope: ${describeCliError(error)}\n`);
      return 1;
    }
  });
}

/** One caller: it sends its command line, gets its output and status; it may go away at any time. */
function handleCaller(socket: Socket, served: { database: OpenDatabase; db: Db }) {
  let pendingPassword: { resolve(value: string): void; reject(error: Error): void } | undefined;
  let started = false;
  let gone = false;
  const send = (message: ControlMessage) => {
    if (socket.writable) socket.write(encodeMessage(message));
  };
  const bytes = (chunk: string | Uint8Array) => Buffer.from(chunk).toString("base64");
  socket.on("error", () => socket.destroy());
  const callerGone = () => new Error("the command's caller went away");
  socket.on("close", () => {
    gone = true;
    pendingPassword?.reject(callerGone());
  });
  createInterface({ input: socket }).on("line", (line) => {
    let message: ControlMessage;
    try {
      message = decodeMessage(line);
    } catch {
      socket.destroy();
      return;
    }
    if (message.type === "password") {
      pendingPassword?.resolve(message.value);
      pendingPassword = undefined;
    } else if (message.type === "run" && !started) {
      started = true;
      const invocation: ForwardedInvocation = {
        cwd: message.cwd,
        database: { ...served.database, applied: [], close: async () => {} },
        db: served.db,
        writeStdout: (chunk) => send({ type: "stdout", data: bytes(chunk) }),
        writeStderr: (chunk) => send({ type: "stderr", data: bytes(chunk) }),
        readPassword: () =>
          new Promise((resolve, reject) => {
            if (gone) return reject(callerGone());
            pendingPassword = { resolve, reject };
            send({ type: "password-request" });
          }),
      };
      void runCommandLine(message.argv, invocation).then((status) => {
        send({ type: "exit", status });
        socket.end();
      });
    }
  });
}

/**
 * Lets `tierscope` commands run beside this server on its embedded database. PGlite has one
 * session, which this process's one pooled connection already uses; a second process connecting
 * would interleave its statements and transactions with ours. So a command finding the data folder
 * held by this server sends its command line here instead, and this process runs it on its own
 * client, where its queries and transactions queue with the web app's, and sends back the output
 * and the exit status. A caller that goes away only loses the output: the server keeps running.
 */
export async function serveForwardedCommands(options: {
  dataDir: string;
  database: OpenDatabase;
  db: Db;
}): Promise<ForwardedCommandServer> {
  const folder = controlSocketFolder(options.dataDir);
  const socketPath = controlSocketPath(options.dataDir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  // Left by a server that was killed: this process holds the data folder's lock, so it is ours.
  rmSync(socketPath, { force: true });
  routeOutputToInvocations();
  const callers = new Set<Socket>();
  const server = createServer((socket) => {
    callers.add(socket);
    socket.on("close", () => callers.delete(socket));
    handleCaller(socket, options);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => {
      server.off("error", reject);
      resolve();
    });
  });
  chmodSync(socketPath, 0o600);
  return {
    socketPath,
    // Stopping the server ends the commands' connections: their callers are told it stopped.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of callers) socket.destroy();
        rmSync(socketPath, { force: true });
      }),
  };
}
