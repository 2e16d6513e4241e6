import type { PgBoss, Queue } from "pg-boss";

/** Creates the queue unless it exists: several instances starting at once create it once. */
export async function ensureQueue(boss: PgBoss, name: string, options: Omit<Queue, "name">) {
  if (await boss.getQueue(name)) return;
  // Another instance may create it between the check and here: its queue is the same one.
  await boss.createQueue(name, options).catch(async (error: unknown) => {
    if (!(await boss.getQueue(name))) throw error;
  });
}
