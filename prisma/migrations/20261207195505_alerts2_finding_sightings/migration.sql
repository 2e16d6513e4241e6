-- CreateTable
CREATE TABLE "alert_finding_sighting" (
    "rule_id" UUID NOT NULL,
    "group_key" TEXT NOT NULL,
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "alert_finding_sighting_pkey" PRIMARY KEY ("rule_id","group_key")
);

-- AddForeignKey
ALTER TABLE "alert_finding_sighting" ADD CONSTRAINT "alert_finding_sighting_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "alert_rule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
