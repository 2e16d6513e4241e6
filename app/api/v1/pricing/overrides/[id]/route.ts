import { z } from "zod";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { deletePriceOverride } from "@/lib/queries/pricing/delete-price-override";
import { recomputeAfterPriceChange } from "@/lib/services/costs/recompute-after-price-change";

export const dynamic = "force-dynamic";

export const DELETE = withApiErrors(
  async (_request: Request, context: { params: Promise<{ id: string }> }) => {
    const id = z.uuid().parse((await context.params).id);
    await deletePriceOverride(getPrisma(), id);
    await recomputeAfterPriceChange(getPrisma(), new Date());
    return new Response(null, { status: 204 });
  },
);
