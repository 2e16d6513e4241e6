import type { Command } from "commander";
import { clockNow } from "../../clock";
import { openDatabase } from "../../db/open-database";
import { createPrisma } from "../../db/prisma";
import { DEMO_ACCOUNTS, DEMO_LOGINS_VARIABLE } from "../../demo/demo-accounts";
import { generateDemoFleet } from "../../demo/generate-demo-fleet";
import { bringCostsUpToDate } from "../../services/costs/bring-costs-up-to-date";
import { loadDemoFleet } from "../../services/demo/load-demo-fleet";
import {
  DEMO_DIGEST_SUBSCRIPTION,
  ensureDemoDigestSubscription,
} from "../../services/digests/ensure-demo-digest-subscription";
import { ensureDemoAccounts } from "../../services/identity/ensure-demo-accounts";
import { systemContext } from "../../services/service-context";
import { ensurePriceCatalog } from "../ensure-price-catalog";
import { parsePort, runAction } from "../run-action";
import { type LoadBeforeServing, type ServeOptions, serve } from "./serve";

interface DemoOptions extends ServeOptions {
  serve: boolean;
}

/** Loads the demo fleet once (a restart keeps the data and skips the load), then serves. */
async function demo(options: DemoOptions) {
  if (!options.serve) {
    const db = await openDatabase({ fromTemplate: true });
    await ensurePriceCatalog(db.url)
      .then(() => loadDemo(() => {}))
      .finally(() => db.close());
    return;
  }
  // The demo's login page lists its accounts and their passwords; `serve` never does.
  process.env[DEMO_LOGINS_VARIABLE] = "1";
  const load: LoadBeforeServing = { what: "Loading the demo data", run: loadDemo };
  await serve(options, load);
}

/**
 * Loads the demo fleet into DATABASE_URL's database, brings its costs up to date and creates the
 * demo accounts, showing progress table by table on the terminal and through `report`.
 */
async function loadDemo(report: (progress: string) => void) {
  const db = createPrisma(process.env.DATABASE_URL as string);
  try {
    const started = performance.now();
    let lastTable = "";
    report("generating the fleet");
    const fleet = generateDemoFleet({ now: new Date() });
    const onProgress = (table: string, done: number, total: number) => {
      report(`${table} ${done}/${total}`);
      if (process.stdout.isTTY) {
        process.stdout.write(`\rLoading the demo fleet: ${table} ${done}/${total}\x1b[K`);
      } else if (table !== lastTable) {
        console.log(`Loading the demo fleet: ${table} (${total})`);
      }
      lastTable = table;
    };
    const result = await loadDemoFleet(db, { ctx: systemContext("demo"), input: { fleet, onProgress } });
    if (process.stdout.isTTY && result.loaded) process.stdout.write("\n");
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      result.loaded
        ? `Demo fleet loaded: ${result.rows} rows in ${seconds} s`
        : "Demo fleet already loaded: keeping the data as it is.",
    );
    report("computing costs");
    const costs = await bringCostsUpToDate(db, { ctx: systemContext("demo"), input: { now: clockNow() } });
    console.log(`Cost facts: ${costs.facts} for ${costs.from ?? costs.to} to ${costs.to}`);
    report("creating the demo accounts");
    const accounts = await ensureDemoAccounts(db, clockNow());
    console.log(
      accounts > 0
        ? `Demo accounts created: ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} (passwords on the login page)`
        : "Demo accounts already exist.",
    );
    if (await ensureDemoDigestSubscription(db)) {
      console.log(
        `Demo digest: ${DEMO_DIGEST_SUBSCRIPTION.team}'s weekly, to ${DEMO_DIGEST_SUBSCRIPTION.recipients[0]} (preview it on Digests)`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

export function registerDemoCommand(program: Command) {
  program
    .command("demo")
    .description("load the demo fleet (three clusters, 90 days) once, then serve the app")
    .option("-p, --port <port>", "port to listen on", parsePort, 3000)
    .option("--host <host>", "address to bind, e.g. 0.0.0.0 for every interface (default: 127.0.0.1)")
    .option("--no-serve", "load the demo fleet and exit")
    .option("--no-digest-worker", "do not send scheduled digests from this process")
    .action(runAction((options: DemoOptions) => demo(options)));
}
