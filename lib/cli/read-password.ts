import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { forwardedInvocation } from "./forwarding/forwarded-invocation";

/**
 * A password for a command, never from argv (which `ps` and shell history show): the first line
 * of --password-file, or else standard input: a hidden prompt on a terminal, the first line of a
 * pipe otherwise (`tierscope users create ... < file`).
 */
export async function readPassword(passwordFile: string | undefined): Promise<string> {
  if (passwordFile) return firstLine(readFileSync(passwordFile, "utf8"));
  // A command run through the server asks its caller, whose terminal or pipe it is.
  const invocation = forwardedInvocation();
  if (invocation) return invocation.readPassword();
  if (!process.stdin.isTTY) return firstLine(await readAll(process.stdin));
  return promptHidden("Password (at least 12 characters): ");
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0] ?? "";
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += String(chunk);
  return text;
}

function promptHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing of what is typed: readline writes each keystroke through _writeToOutput.
  const muted = rl as unknown as { _writeToOutput: (text: string) => void };
  process.stdout.write(question);
  muted._writeToOutput = () => {};
  return new Promise((resolve) => {
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}
