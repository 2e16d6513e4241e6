#!/usr/bin/env node
// The last line of `npm install` on a Node older than 22. npm checks each package's `engines`
// against the Node that runs npm, so on Node 20 it warns (EBADENGINE) about the packages that need
// Node 22: the Kubernetes client's undici, pg-boss, vitest and Prisma CLI's @prisma/streams-local.
// They never run on that Node: every `npm run` script and bin/tierscope.mjs run on the Node 22
// that `npm install` put in node_modules (the `node` devDependency). This says so, once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const npmNode = /\bnode\/v((\d+)\.\S+)/.exec(process.env.npm_config_user_agent ?? "");
if (npmNode && Number(npmNode[2]) < 22) {
  const bundled = JSON.parse(readFileSync(path.join(root, "node_modules", "node", "package.json"), "utf8"));
  console.log(
    `Node: npm ran on Node v${npmNode[1]}, so the EBADENGINE warnings above name packages ` +
      `that need Node 22. Tierscope runs them on Node ${bundled.version}, installed in node_modules: ` +
      "nothing to fix.",
  );
}
