import { getPrisma } from "@/lib/db/prisma";
import { getCostsStaleness } from "@/lib/services/costs/get-costs-staleness";
import { RecomputeButton } from "./recompute-button";

/** Says so when prices changed after costs were computed, with the way to bring them up to date. */
export async function CostsStaleBanner() {
  const stale = await getCostsStaleness(getPrisma());
  if (!stale) return null;
  return (
    <div
      role="status"
      className="flex items-center justify-between gap-4 border-amber-200 border-b bg-amber-50 px-8 py-2 text-amber-900 text-sm"
    >
      <span>
        Prices changed since costs were computed ({stale.reason}, {stale.since.replace("T", " ").slice(0, 16)}{" "}
        UTC): cost figures still use the earlier prices.
      </span>
      <RecomputeButton />
    </div>
  );
}
