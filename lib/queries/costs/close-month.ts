import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { killPoint } from "../../kill-point";

/** Closes (or reopens) a month for every organisation: its facts are frozen until reopened. */
export async function setMonthClosed(
  db: Db | Prisma.TransactionClient,
  input: { month: string; closed: boolean; by: string; now: Date },
): Promise<{ organisations: number }> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.month)) throw new Error(`month: "${input.month}" is not YYYY-MM`);
  const month = new Date(`${input.month}-01T00:00:00Z`);
  const orgs = await db.organization.findMany({ select: { id: true } });
  if (input.closed) {
    await db.monthClose.createMany({
      data: orgs.map((o) => ({ orgId: o.id, month, closedAt: input.now, closedBy: input.by })),
      skipDuplicates: true,
    });
    killPoint("close-month:recorded");
  } else {
    await db.monthClose.deleteMany({ where: { month } });
    killPoint("close-month:reopened");
  }
  return { organisations: orgs.length };
}
