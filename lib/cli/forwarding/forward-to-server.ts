import { connect, type Socket } from "node:net";
import { createInterface } from "node:readline";
import { liveLockOwner } from "../../db/embedded/data-dir-lock";
import { dataDirFrom, readEnv } from "../../env";
import { readPassword } from "../read-password";
import { controlSocketPath, decodeMessage, encodeMessage, isForwardable } from "./control-socket";

/** The data folder of the embedded database `tierscope` would open, or undefined for a server. */
function embeddedDataDir(): string | undefined {
  try {
    const env = readEnv();
    return env.DATABASE_URL ? undefined : dataDirFrom(env);
  } catch {
    // A bad environment is reported by the command itself, run here.
    return undefined;
  }
}

function connectTo(socketPath: string): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const socket = connect(socketPath);
    socket.once("connect", () => resolve(socket));
    socket.once("error", () => resolve(undefined));
  });
}

/** Sends the command line, relays output and password prompts, resolves with the exit status. */
function relay(socket: Socket, args: string[], serverPid: number): Promise<number> {
  return new Promise((resolve) => {
    let status: number | undefined;
    socket.on("error", () => socket.destroy());
    createInterface({ input: socket }).on("line", (line) => {
      const message = decodeMessage(line);
      if (message.type === "stdout") process.stdout.write(Buffer.from(message.data, "base64"));
      else if (message.type === "stderr") process.stderr.write(Buffer.from(message.data, "base64"));
      else if (message.type === "exit") status = message.status;
      else if (message.type === "password-request") {
        void readPassword(undefined).then((value) =>
          socket.write(encodeMessage({ type: "password", value })),
        );
      }
    });
    socket.on("close", () => {
      if (status === undefined) {
        console.error(`tierscope: the server (pid ${serverPid}) stopped before the command ended`);
      }
      resolve(status ?? 1);
    });
    socket.write(encodeMessage({ type: "run", argv: args, cwd: process.cwd() }));
  });
}

/**
 * Runs `args` through the `tierscope serve` or `demo` holding this embedded data folder, when one
 * does (see serveForwardedCommands), and resolves with the command's exit status; undefined when
 * the command is to run in this process: a database server (DATABASE_URL), a free data folder, a
 * command that never runs through the server, or a holder that takes no commands.
 */
export async function forwardToServer(args: string[]): Promise<number | undefined> {
  if (!isForwardable(args)) return undefined;
  const dataDir = embeddedDataDir();
  if (!dataDir) return undefined;
  const serverPid = liveLockOwner(dataDir);
  if (serverPid === undefined) return undefined;
  const socket = await connectTo(controlSocketPath(dataDir));
  return socket && relay(socket, args, serverPid);
}
