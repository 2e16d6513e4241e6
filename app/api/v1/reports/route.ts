import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { listReportMonths } from "@/lib/queries/reports/list-report-months";

export const dynamic = "force-dynamic";

/** The months a chargeback can be asked for (one per month of history: short, not paginated). */
export const GET = withApiErrors(async () => Response.json({ items: await listReportMonths(getPrisma()) }));
