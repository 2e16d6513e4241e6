-- CreateEnum
CREATE TYPE "DigestCadence" AS ENUM ('weekly', 'monthly');

-- CreateEnum
CREATE TYPE "DigestTrigger" AS ENUM ('schedule', 'manual');

-- CreateEnum
CREATE TYPE "DigestSendStatus" AS ENUM ('pending', 'sending', 'retrying', 'sent', 'logged', 'failed');

-- CreateTable
CREATE TABLE "digest_subscription" (
    "id" UUID NOT NULL,
    "team_id" UUID,
    "cluster_id" UUID,
    "namespace" TEXT,
    "recipients" TEXT[],
    "cadence" "DigestCadence" NOT NULL,
    "time_zone" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "digest_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digest_send" (
    "id" UUID NOT NULL,
    "subscription_id" UUID NOT NULL,
    "trigger" "DigestTrigger" NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "scheduled_period_start" DATE,
    "due_at" TIMESTAMPTZ(6) NOT NULL,
    "status" "DigestSendStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "recipients" TEXT[],
    "subject" TEXT,
    "html" TEXT,
    "text" TEXT,
    "message_id" TEXT,
    "claimed_at" TIMESTAMPTZ(6),
    "handed_off_at" TIMESTAMPTZ(6),
    "finished_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digest_send_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "digest_subscription_team_id_idx" ON "digest_subscription"("team_id");

-- CreateIndex
CREATE INDEX "digest_subscription_cluster_id_namespace_idx" ON "digest_subscription"("cluster_id", "namespace");

-- CreateIndex
CREATE INDEX "digest_send_created_at_idx" ON "digest_send"("created_at");

-- CreateIndex
CREATE INDEX "digest_send_status_idx" ON "digest_send"("status");

-- CreateIndex
CREATE UNIQUE INDEX "digest_send_subscription_id_scheduled_period_start_key" ON "digest_send"("subscription_id", "scheduled_period_start");

-- AddForeignKey
ALTER TABLE "digest_subscription" ADD CONSTRAINT "digest_subscription_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_subscription" ADD CONSTRAINT "digest_subscription_cluster_id_namespace_fkey" FOREIGN KEY ("cluster_id", "namespace") REFERENCES "namespace"("cluster_id", "name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_send" ADD CONSTRAINT "digest_send_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "digest_subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Exactly one owner: a team, or a namespace (cluster and name). Prisma does not model CHECKs.
ALTER TABLE "digest_subscription" ADD CONSTRAINT "digest_subscription_one_owner"
  CHECK ((team_id IS NOT NULL) <> (cluster_id IS NOT NULL AND namespace IS NOT NULL));
