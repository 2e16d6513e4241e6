-- DropIndex
DROP INDEX "digest_send_subscription_id_scheduled_period_start_key";

-- AlterTable (hand-edited: existing sends get the cadence their period's length tells, a week is
-- 7 days and a month 28 to 31, before the column becomes NOT NULL)
ALTER TABLE "digest_send" ADD COLUMN     "cadence" "DigestCadence";
UPDATE "digest_send"
   SET "cadence" = CASE WHEN "period_end" - "period_start" = 6 THEN 'weekly' ELSE 'monthly' END::"DigestCadence";
ALTER TABLE "digest_send" ALTER COLUMN "cadence" SET NOT NULL;

-- AlterTable
ALTER TABLE "digest_subscription" ADD COLUMN     "schedule_from" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Existing subscriptions keep their schedule: it started when they were created.
UPDATE "digest_subscription" SET "schedule_from" = "created_at";

-- CreateIndex
CREATE UNIQUE INDEX "digest_send_subscription_id_cadence_scheduled_period_start_key" ON "digest_send"("subscription_id", "cadence", "scheduled_period_start");
