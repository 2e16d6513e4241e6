import type { Command } from "commander";
import { clockNow } from "../../clock";
import { openDatabase } from "../../db/open-database";
import { createPrisma, getPool, getPrisma } from "../../db/prisma";
import { demoLoginsShown } from "../../demo/demo-accounts";
import { type CostWorker, startCostWorker } from "../../jobs/start-cost-worker";
import { type DigestWorker, startDigestWorker } from "../../jobs/start-digest-worker";
import { buildApp } from "../../server/build-app";
import { isAppBuilt, startWebServer, type WebServer } from "../../server/start-web-server";
import { logEvent } from "../../server/telemetry/json-log";
import { digestDeliveryFromEnv } from "../../services/digests/digest-delivery-from-env";
import { clearPublishedDemoPasswords } from "../../services/identity/clear-published-demo-passwords";
import { countUsers } from "../../services/identity/count-users";
import { systemContext } from "../../services/service-context";
import { ensurePriceCatalog } from "../ensure-price-catalog";
import { type ForwardedCommandServer, serveForwardedCommands } from "../forwarding/serve-forwarded-commands";
import { parsePort, runAction } from "../run-action";
import { stopOnSignal } from "../stop-on-signal";

/** How long SIGTERM waits for requests in flight; Kubernetes allows 30 s before SIGKILL by default. */
const SHUTDOWN_GRACE_MS = 20_000;

/** Only this machine can reach the server unless --host says otherwise. */
const DEFAULT_HOST = "127.0.0.1";

export interface ServeOptions {
  port: number;
  host?: string;
  /** false with --no-digest-worker: this process sends no scheduled digests. */
  digestWorker?: boolean;
  /** false with --no-cost-worker: this process leaves keeping costs up to date to another. */
  costWorker?: boolean;
}

/**
 * Data to load before the app serves (the demo's fleet). The server listens meanwhile and answers
 * with a page saying what it is loading, which `run` updates through `report`.
 */
export interface LoadBeforeServing {
  what: string;
  run(report: (progress: string) => void): Promise<void>;
}

/**
 * Builds the app if this checkout has no build, opens the database and serves the app. With
 * `load` (the demo) it listens first, and a page says what it is doing until it serves the app.
 */
export async function serve(options: ServeOptions, load?: LoadBeforeServing) {
  if (!isAppBuilt()) {
    console.log("No build of the web app yet: building it once (about a minute)...");
    buildApp();
  }
  const host = options.host ?? DEFAULT_HOST;
  let web: WebServer | undefined;
  if (load) {
    web = await startWebServer({ ...options, host, loading: `${load.what}: opening the database` });
    console.log(
      `Serving at http://localhost:${options.port}: the page there shows what is loading, then the app.`,
    );
  }
  // The demo's first start copies the migrated template rather than creating the database.
  const db = await openDatabase({ fromTemplate: load !== undefined }).catch(async (error: unknown) => {
    await web?.drain(0);
    throw error;
  });
  console.log(
    db.target === "embedded"
      ? `Database: embedded PostgreSQL in ${db.dataDir}`
      : "Database: PostgreSQL server from DATABASE_URL",
  );
  if (db.applied.length > 0) console.log(`Applied migrations: ${db.applied.join(", ")}`);
  try {
    web?.showLoading(`${load?.what}: the price catalog`);
    await ensurePriceCatalog(db.url);
    if (web && load) {
      const shown = web;
      await load.run((progress) => shown.showLoading(`${load.what}: ${progress}`));
    }
    if (!demoLoginsShown()) await clearDemoPasswords(db.url);
    if (web) {
      await web.open();
    } else {
      web = await startWebServer({ ...options, host });
    }
    const serving = web;
    // The digest worker shares the web app's Prisma pool: one connection on the embedded database.
    let worker: DigestWorker | undefined;
    if (options.digestWorker !== false) {
      const delivery = await digestDeliveryFromEnv(getPrisma(), {
        fallbackUrl: `http://localhost:${options.port}`,
      });
      worker = await startDigestWorker({ pool: getPool(), delivery });
    }
    const costWorker: CostWorker | undefined =
      options.costWorker === false
        ? undefined
        : await startCostWorker({ pool: getPool(), db: getPrisma(), now: () => clockNow() });
    // Started after the demo's load, which has its own client: from here on this process has one.
    const commands: ForwardedCommandServer | undefined = db.dataDir
      ? await serveForwardedCommands({ dataDir: db.dataDir, database: db, db: getPrisma() })
      : undefined;
    // SIGTERM: requests in flight (a collector's push) finish within the grace period; the job
    // worker finishes its job or hands it back to the queue, then the database closes.
    stopOnSignal(async () => {
      await commands?.close();
      const { unfinished } = await serving.drain(SHUTDOWN_GRACE_MS);
      if (unfinished > 0) logEvent("warn", `stopped with ${unfinished} requests unfinished`);
      await costWorker?.stop();
      await worker?.stop();
      await db.close();
    });
    if (commands) console.log(`Other tierscope commands on ${db.dataDir} run through this server.`);
    console.log(
      `Tierscope is ready at http://localhost:${options.port} (bound to ${options.host ?? DEFAULT_HOST})`,
    );
    if ((await countUsers(getPrisma())) === 0) {
      console.log(
        "No account exists yet, so nothing can be seen: create the first admin with\n" +
          "  tierscope users create --email you@example.com --role admin\n" +
          "(in another terminal: on the embedded database it runs through this server).",
      );
    }
  } catch (error) {
    await web?.drain(0);
    await db.close();
    throw error;
  }
}

/** Outside `tierscope demo`, the demo's published passwords stop working: says which, and what to do. */
async function clearDemoPasswords(url: string) {
  const db = createPrisma(url);
  try {
    const cleared = await clearPublishedDemoPasswords(db, { ctx: systemContext("serve"), now: clockNow() });
    if (cleared.length === 0) return;
    console.log(
      `The demo's published passwords no longer work here (served outside \`tierscope demo\`): ${cleared.join(", ")}.\n` +
        "Give an account a password of your own with\n" +
        `  tierscope users reset-password --email ${cleared[0]}\n` +
        "or serve the demo again with `tierscope demo`.",
    );
  } finally {
    await db.$disconnect();
  }
}

export function registerServeCommand(program: Command) {
  program
    .command("serve")
    .description("serve the web app on the configured database")
    .option("-p, --port <port>", "port to listen on", parsePort, 3000)
    .option("--host <host>", "address to bind, e.g. 0.0.0.0 for every interface (default: 127.0.0.1)")
    .option("--no-digest-worker", "do not send scheduled digests or alerts from this process")
    .option(
      "--no-cost-worker",
      "do not keep costs up to date (each new day, today's hours) from this process",
    )
    .action(runAction((options: ServeOptions) => serve(options)));
}
