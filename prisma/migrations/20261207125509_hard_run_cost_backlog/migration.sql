-- AlterTable
ALTER TABLE "cluster" ADD COLUMN     "costs_computed_at" TIMESTAMPTZ(6);

-- CreateTable
CREATE TABLE "cost_backlog" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" UUID NOT NULL,
    "from_day" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cost_backlog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cost_backlog_cluster_id_idx" ON "cost_backlog"("cluster_id");

-- AddForeignKey
ALTER TABLE "cost_backlog" ADD CONSTRAINT "cost_backlog_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;
