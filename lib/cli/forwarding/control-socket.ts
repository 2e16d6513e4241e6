import path from "node:path";

/**
 * Where a server holding an embedded database takes commands from `tierscope` processes: a Unix
 * socket in a folder of the data folder that only its owner may enter (mode 0700), so only the
 * user who may open the data folder itself can run commands through the server.
 */
export function controlSocketFolder(dataDir: string): string {
  return path.join(dataDir, "cli-control");
}

export function controlSocketPath(dataDir: string): string {
  return path.join(controlSocketFolder(dataDir), "tierscope.sock");
}

/** The commands a server never runs for a caller: they start servers, workers or other programs. */
const RUN_HERE = new Set(["serve", "demo", "exec", "collect", "help", "digest worker"]);

/** The command named by `args` (the words before the first option), as far as it has subcommands. */
export function commandWords(args: readonly string[]): string[] {
  const words: string[] = [];
  for (const arg of args) {
    if (arg.startsWith("-")) break;
    words.push(arg);
  }
  return words;
}

/** Whether `args` (argv after the program) names a command a server may run for its caller. */
export function isForwardable(args: readonly string[]): boolean {
  const [first, second] = commandWords(args);
  if (first === undefined) return false;
  return !RUN_HERE.has(first) && !RUN_HERE.has(`${first} ${second}`);
}

/** One message on the control socket: a JSON object per line, bytes as base64. */
export type ControlMessage =
  | { type: "run"; argv: string[]; cwd: string }
  | { type: "stdout" | "stderr"; data: string }
  | { type: "password-request" }
  | { type: "password"; value: string }
  | { type: "exit"; status: number };

export function encodeMessage(message: ControlMessage): string {
  return `${JSON.stringify(message)}\n`;
}

export function decodeMessage(line: string): ControlMessage {
  return JSON.parse(line) as ControlMessage;
}
