-- AlterTable
ALTER TABLE "price_entry" ADD COLUMN     "in_force_since_at_least" DATE;

-- AlterTable
ALTER TABLE "price_source" ADD COLUMN     "confirmed_on" DATE;
