import { forwardedInvocation } from "./forwarded-invocation";

let routed = false;

/**
 * Sends what a forwarded command writes to standard output and error (console.log, commander's
 * help, process.stdout.write) to its caller instead of the server's own streams. Everything the
 * server writes outside a forwarded command is untouched. Installed once per process.
 */
export function routeOutputToInvocations(): void {
  if (routed) return;
  routed = true;
  for (const [stream, pick] of [
    [process.stdout, "writeStdout"],
    [process.stderr, "writeStderr"],
  ] as const) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const invocation = forwardedInvocation();
      if (!invocation) return write(chunk, ...rest);
      invocation[pick](chunk);
      const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof stream.write;
  }
}
