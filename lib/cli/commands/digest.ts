import type { Command } from "commander";
import { Option } from "commander";
import { clockNow } from "../../clock";
import { getPool, getPrisma } from "../../db/prisma";
import { startDigestWorker } from "../../jobs/start-digest-worker";
import { digestDeliveryFromEnv } from "../../services/digests/digest-delivery-from-env";
import { previewDigest } from "../../services/digests/preview-digest";
import { runDigestPass } from "../../services/digests/run-digest-pass";
import { sendDigestNow } from "../../services/digests/send-digest-now";
import { systemContext } from "../../services/service-context";
import {
  type DigestTargetOptions,
  parseDayArgument,
  parseNamespaceArgument,
  selectSubscriptions,
} from "../digests/select-subscriptions";
import { openDatabaseWithCatalog } from "../ensure-price-catalog";
import { exitCli } from "../forwarding/cli-exit";
import { runAction } from "../run-action";
import { stopOnSignal } from "../stop-on-signal";
import { withPrisma } from "../with-prisma";

function targetOptions(command: Command): Command {
  return command
    .option("--team <slug>", "the team's subscriptions")
    .option("--namespace <cluster/namespace>", "the namespace's subscriptions", parseNamespaceArgument)
    .option("--subscription <id>", "one subscription")
    .option(
      "--period-start <day>",
      "the period starting on this Monday or 1st (default: the last complete one)",
      parseDayArgument,
    );
}

async function send(options: DigestTargetOptions & { now?: boolean }) {
  if (!options.now) {
    throw new Error(
      "add --now to send outside the schedule (scheduled digests are sent by the worker in `tierscope serve`)",
    );
  }
  let failures = 0;
  await withPrisma(async (db) => {
    const delivery = await digestDeliveryFromEnv(db);
    for (const subscription of await selectSubscriptions(db, systemContext("digest send"), options)) {
      const input = { subscriptionId: subscription.id, now: clockNow(), periodStart: options.periodStart };
      const result = await sendDigestNow(delivery, { ctx: systemContext("digest send"), input });
      const what = `${subscription.owner.label} (${subscription.cadence}, ${result.period.start} to ${result.period.end})`;
      if (result.outcome === "sent") console.log(`Sent ${what} to ${subscription.recipients.join(", ")}`);
      else if (result.outcome === "logged") console.log(`Rendered and logged ${what}: no SMTP configured`);
      else {
        failures++;
        console.error(`tierscope: digest ${what} failed: ${result.error}`);
      }
    }
  });
  if (failures > 0) exitCli(1);
}

async function preview(options: DigestTargetOptions & { format: "text" | "html" }) {
  await withPrisma(async (db) => {
    const delivery = await digestDeliveryFromEnv(db);
    for (const subscription of await selectSubscriptions(db, systemContext("digest preview"), options)) {
      const input = {
        ...delivery,
        subscriptionId: subscription.id,
        now: clockNow(),
        periodStart: options.periodStart,
      };
      const rendered = await previewDigest(db, { ctx: systemContext("digest preview"), input });
      if (options.format === "html") {
        process.stdout.write(rendered.html);
      } else {
        console.log(
          `To: ${rendered.recipients.join(", ")}\nSubject: ${rendered.subject}\n\n${rendered.text}\n`,
        );
      }
    }
  });
}

/** One pass of the worker, then exit: for a cron job where no worker stays running. */
async function workOnce() {
  await withPrisma(async (db) => {
    const pass = await runDigestPass(await digestDeliveryFromEnv(db), {
      ctx: systemContext("digest run"),
      input: { now: clockNow() },
    });
    const outcomes = Object.entries(pass.outcomes).map(([outcome, n]) => `${n} ${outcome}`);
    console.log(
      `Digests: ${pass.recorded} due, ${pass.recovered} taken back from stopped workers; ${outcomes.length > 0 ? outcomes.join(", ") : "nothing to send"}`,
    );
  });
}

/** Runs the digest worker alone (no web server) until stopped: what `serve` runs beside the app. */
async function worker(options: { once?: boolean }) {
  if (options.once) return workOnce();
  const database = await openDatabaseWithCatalog();
  const db = getPrisma();
  const running = await startDigestWorker({ pool: getPool(), delivery: await digestDeliveryFromEnv(db) });
  stopOnSignal(async () => {
    await running.stop();
    await db.$disconnect();
    await database.close();
  });
}

export function registerDigestCommand(program: Command) {
  const digest = program
    .command("digest")
    .description("email digests: send one now, preview one, run the worker");
  targetOptions(digest.command("send"))
    .description(
      "send the digests of a team, namespace or subscription now (SMTP from SMTP_URL or SMTP_HOST)",
    )
    .option("--now", "send now, outside the schedule")
    .action(runAction(send));
  targetOptions(digest.command("preview"))
    .description("print a digest as it would be sent now, without sending it")
    .addOption(new Option("--format <format>", "which part").choices(["text", "html"]).default("text"))
    .action(runAction(preview));
  digest
    .command("worker")
    .description("run the digest and alert worker without the web server (serve and demo run one already)")
    .option("--once", "send what is due now, then exit (for a cron job)")
    .action(runAction(worker));
}
