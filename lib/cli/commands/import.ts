import type { Command } from "commander";

/** `tierscope import <kube|files|metrics>`: each source registers its own subcommand. */
export function registerImportCommand(program: Command, sources: ((importCommand: Command) => void)[]) {
  const importCommand = program
    .command("import")
    .description(
      "import Kubernetes inventory (a live cluster or kubectl dumps), metrics or data-access metrics",
    );
  for (const register of sources) register(importCommand);
}
