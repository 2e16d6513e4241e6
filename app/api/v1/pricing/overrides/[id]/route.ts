import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { deletePriceOverride, ZPriceOverrideId } from "@/lib/services/pricing/delete-price-override";

export const dynamic = "force-dynamic";

export const DELETE = withApiErrors(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const ctx = await authorizedContext(request, "admin");
    const id = ZPriceOverrideId.parse((await context.params).id);
    await deletePriceOverride(getPrisma(), { ctx, input: { id } });
    return new Response(null, { status: 204 });
  },
);
