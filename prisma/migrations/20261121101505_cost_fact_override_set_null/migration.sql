-- DropForeignKey
ALTER TABLE "cost_fact" DROP CONSTRAINT "cost_fact_price_override_id_fkey";

-- AddForeignKey
ALTER TABLE "cost_fact" ADD CONSTRAINT "cost_fact_price_override_id_fkey" FOREIGN KEY ("price_override_id") REFERENCES "price_override"("id") ON DELETE SET NULL ON UPDATE CASCADE;
