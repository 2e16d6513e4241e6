import { type Command, Option } from "commander";
import { createApiToken } from "../../services/identity/create-api-token";
import { listApiTokens } from "../../services/identity/list-api-tokens";
import { revokeApiToken } from "../../services/identity/revoke-api-token";
import { systemContext, TOKEN_SCOPES, type TokenScope } from "../../services/service-context";
import { formatTable } from "../prices/table";
import { parsePositiveInteger, runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

export function registerTokensCommand(program: Command) {
  const tokens = program
    .command("tokens")
    .description("API tokens for scripts and collectors: create (shown once), list, revoke");

  tokens
    .command("create")
    .description("create a token and print it once (the database keeps only its hash)")
    .requiredOption("--name <name>", "a unique name, e.g. the script or cluster using it")
    .addOption(new Option("--scope <scope>", "what it may do").choices(TOKEN_SCOPES).makeOptionMandatory())
    .option("--cluster <name>", "collector tokens: the one cluster whose observations it pushes")
    .option("--expires-in-days <days>", "days until it expires", parsePositiveInteger, 90)
    .action(
      runAction(
        async (options: { name: string; scope: TokenScope; cluster?: string; expiresInDays: number }) => {
          const created = await withPrisma((db) =>
            createApiToken(db, {
              ctx: systemContext("tokens create"),
              input: {
                name: options.name,
                scope: options.scope,
                clusterName: options.cluster,
                expiresInDays: options.expiresInDays,
              },
              now: new Date(),
            }),
          );
          console.error(
            `Created ${created.apiToken.scope} token ${created.apiToken.name}, expiring ${created.apiToken.expiresAt.slice(0, 10)}. ` +
              "It is shown only now: send it as Authorization: Bearer <token>.",
          );
          console.log(created.token);
        },
      ),
    );

  tokens
    .command("list")
    .description("list tokens (never their secrets)")
    .action(
      runAction(async () => {
        const rows = await withPrisma((db) => listApiTokens(db, { ctx: systemContext("tokens list") }));
        console.log(
          formatTable(
            ["NAME", "SCOPE", "CLUSTER", "EXPIRES", "LAST USED", "STATE", "ID"],
            rows.map((t) => [
              t.name,
              t.scope,
              t.clusterName ?? "-",
              t.expiresAt.slice(0, 10),
              t.lastUsedAt?.slice(0, 16).replace("T", " ") ?? "never",
              t.revokedAt ? "revoked" : "active",
              t.id,
            ]),
          ),
        );
      }),
    );

  tokens
    .command("revoke")
    .description("revoke a token by name or id: it stops working at once")
    .argument("<token>", "the token's name or id")
    .action(
      runAction(async (token: string) => {
        const revoked = await withPrisma((db) =>
          revokeApiToken(db, { ctx: systemContext("tokens revoke"), input: { token }, now: new Date() }),
        );
        console.log(`Revoked ${revoked.name}.`);
      }),
    );
}
