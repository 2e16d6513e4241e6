import type { Db } from "../../db/prisma";
import { getMonthCloseChecklist as readMonthCloseChecklist } from "../../queries/costs/get-month-close-checklist";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

/** The month's pre-close checklist: finance and admins only. */
export function getMonthCloseChecklist(db: Db, { ctx, input }: ServiceCall<{ month: string }>) {
  assertRole(ctx, "finance", "admin");
  return readMonthCloseChecklist(db, input.month);
}
