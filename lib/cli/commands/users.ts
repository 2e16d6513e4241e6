import type { Command } from "commander";
import { Option } from "commander";
import { createUser } from "../../services/identity/create-user";
import { listUsers } from "../../services/identity/list-users";
import { resetPassword } from "../../services/identity/reset-password";
import { setUserRoles } from "../../services/identity/set-user-roles";
import { ROLES, systemContext } from "../../services/service-context";
import { cliPath } from "../forwarding/cli-path";
import { formatTable } from "../prices/table";
import { readPassword } from "../read-password";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

const ROLE_OPTION = () =>
  new Option("--role <role...>", `one or more of ${ROLES.join(", ")}`).choices(ROLES).makeOptionMandatory();
const TEAM_OPTION = "--team <slug...>";
const TEAM_HELP = "team slugs whose namespaces a member or viewer sees";
const PASSWORD_FILE = [
  "--password-file <path>",
  "read the password from this file's first line (default: prompt, or stdin)",
  cliPath,
] as const;

export function registerUsersCommand(program: Command) {
  const users = program
    .command("users")
    .description("local accounts: create the first admin, list, reset passwords, set roles");

  users
    .command("create")
    .description("create an account (the password is prompted for, or read from --password-file or stdin)")
    .requiredOption("--email <email>", "the sign-in email")
    .option("--name <name>", "display name (default: the email's local part)")
    .addOption(ROLE_OPTION())
    .option(TEAM_OPTION, TEAM_HELP)
    .option(...PASSWORD_FILE)
    .action(
      runAction(
        async (options: {
          email: string;
          name?: string;
          role: string[];
          team?: string[];
          passwordFile?: string;
        }) => {
          const password = await readPassword(options.passwordFile);
          const user = await withPrisma((db) =>
            createUser(db, {
              ctx: systemContext("users create"),
              input: {
                email: options.email,
                displayName: options.name,
                password,
                roles: options.role as (typeof ROLES)[number][],
                teams: options.team ?? [],
              },
            }),
          );
          console.log(
            `Created ${user.email} (${user.roles.join(", ")}${user.teams.length ? `; teams ${user.teams.join(", ")}` : ""}).`,
          );
        },
      ),
    );

  users
    .command("list")
    .description("list accounts with their roles and teams")
    .action(
      runAction(async () => {
        const rows = await withPrisma((db) => listUsers(db, { ctx: systemContext("users list") }));
        if (rows.length === 0) {
          console.log(
            "No accounts yet: create the first admin with `tierscope users create --email <email> --role admin`.",
          );
          return;
        }
        console.log(
          formatTable(
            ["EMAIL", "NAME", "ROLES", "TEAMS", "STATE"],
            rows.map((u) => [
              u.email,
              u.displayName,
              u.roles.join(","),
              u.teams.join(",") || "-",
              u.disabled ? "disabled" : "active",
            ]),
          ),
        );
      }),
    );

  users
    .command("reset-password")
    .description("set a new password; the user's open sessions are signed out")
    .requiredOption("--email <email>", "the account")
    .option(...PASSWORD_FILE)
    .action(
      runAction(async (options: { email: string; passwordFile?: string }) => {
        const password = await readPassword(options.passwordFile);
        await withPrisma((db) =>
          resetPassword(db, {
            ctx: systemContext("users reset-password"),
            input: { email: options.email, password },
            now: new Date(),
          }),
        );
        console.log(`New password set for ${options.email.toLowerCase()}; its sessions are signed out.`);
      }),
    );

  users
    .command("set-roles")
    .description("replace an account's roles (and its teams, with --team)")
    .requiredOption("--email <email>", "the account")
    .addOption(ROLE_OPTION())
    .option(TEAM_OPTION, TEAM_HELP)
    .action(
      runAction(async (options: { email: string; role: string[]; team?: string[] }) => {
        const user = await withPrisma((db) =>
          setUserRoles(db, {
            ctx: systemContext("users set-roles"),
            input: {
              email: options.email,
              roles: options.role as (typeof ROLES)[number][],
              teams: options.team,
            },
          }),
        );
        console.log(
          `${user.email}: ${user.roles.join(", ")}${user.teams.length ? `; teams ${user.teams.join(", ")}` : ""}.`,
        );
      }),
    );
}
