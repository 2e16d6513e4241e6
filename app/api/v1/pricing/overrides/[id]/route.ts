import { z } from "zod";
import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { markCostsStale } from "@/lib/queries/costs/costs-staleness";
import { deletePriceOverride } from "@/lib/queries/pricing/delete-price-override";

export const dynamic = "force-dynamic";

export const DELETE = withApiErrors(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    await authorizedContext(request, "admin");
    const id = z.uuid().parse((await context.params).id);
    await deletePriceOverride(getPrisma(), id);
    await markCostsStale(getPrisma(), { reason: "price override deleted", now: new Date() });
    return new Response(null, { status: 204 });
  },
);
