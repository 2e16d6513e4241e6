import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import next from "next";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export function isAppBuilt(root: string = PROJECT_ROOT): boolean {
  return existsSync(path.join(root, ".next", "BUILD_ID"));
}

/**
 * Serves the built Next.js app from this process, so the embedded database, the web server and
 * (later) the job worker live and die together: a SIGKILL leaves nothing behind holding the port.
 */
export async function startWebServer(options: { port: number; host?: string }): Promise<Server> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const app = next({ dev: false, dir: PROJECT_ROOT, port: options.port, hostname: options.host });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      res.statusCode = 500;
      res.end("Internal Server Error");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  return server;
}
