-- CreateTable
CREATE TABLE "cost_rollup_day" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "resource_kind" "CostResourceKind" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "allocation" "AllocationKind" NOT NULL,
    "namespace" TEXT,
    "likely_owner_namespace" TEXT,
    "storage_class_name" TEXT,
    "category" TEXT NOT NULL,
    "cost" DECIMAL(24,10),
    "estimated_cost" DECIMAL(24,10),
    "resource_days" INTEGER NOT NULL,
    "unpriced_resource_days" INTEGER NOT NULL,
    "included_resource_days" INTEGER NOT NULL,
    "fact_count" INTEGER NOT NULL,

    CONSTRAINT "cost_rollup_day_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cost_rollup_day_cluster_id_day_idx" ON "cost_rollup_day"("cluster_id", "day");

-- CreateIndex
CREATE INDEX "cost_rollup_day_day_idx" ON "cost_rollup_day"("day");

-- AddForeignKey
ALTER TABLE "cost_rollup_day" ADD CONSTRAINT "cost_rollup_day_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the rollups of the facts computed before this table existed.
INSERT INTO "cost_rollup_day" (cluster_id, day, resource_kind, currency, allocation, namespace, likely_owner_namespace,
  storage_class_name, category, cost, estimated_cost, resource_days, unpriced_resource_days, included_resource_days, fact_count)
SELECT cluster_id, day, resource_kind, currency, allocation, namespace, likely_owner_namespace, storage_class_name, category,
       sum(cost), sum(cost) FILTER (WHERE status = 'estimated'), count(DISTINCT resource_uid),
       count(DISTINCT resource_uid) FILTER (WHERE status = 'unpriced'),
       count(DISTINCT resource_uid) FILTER (WHERE status = 'included'), count(*)
  FROM cost_fact
 GROUP BY cluster_id, day, resource_kind, currency, allocation, namespace, likely_owner_namespace, storage_class_name, category;
