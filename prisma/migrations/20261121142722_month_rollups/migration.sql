-- CreateTable
CREATE TABLE "cost_rollup_month" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" UUID NOT NULL,
    "month" DATE NOT NULL,
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

    CONSTRAINT "cost_rollup_month_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cost_trend_namespace" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "allocation" "AllocationKind" NOT NULL,
    "namespace" TEXT,
    "category" TEXT NOT NULL,
    "present" INTEGER NOT NULL,
    "costs" DECIMAL(24,10)[],
    "cost" DECIMAL(24,10),

    CONSTRAINT "cost_trend_namespace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cost_trend_class" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "storage_class_name" TEXT,
    "category" TEXT NOT NULL,
    "present" INTEGER NOT NULL,
    "costs" DECIMAL(24,10)[],
    "cost" DECIMAL(24,10),

    CONSTRAINT "cost_trend_class_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cost_rollup_month_cluster_id_month_idx" ON "cost_rollup_month"("cluster_id", "month");

-- CreateIndex
CREATE INDEX "cost_rollup_month_month_idx" ON "cost_rollup_month"("month");

-- CreateIndex
CREATE INDEX "cost_rollup_month_cluster_id_namespace_month_idx" ON "cost_rollup_month"("cluster_id", "namespace", "month");

-- CreateIndex
CREATE INDEX "cost_trend_namespace_cluster_id_month_idx" ON "cost_trend_namespace"("cluster_id", "month");

-- CreateIndex
CREATE INDEX "cost_trend_namespace_month_idx" ON "cost_trend_namespace"("month");

-- CreateIndex
CREATE INDEX "cost_trend_namespace_cluster_id_namespace_month_idx" ON "cost_trend_namespace"("cluster_id", "namespace", "month");

-- CreateIndex
CREATE INDEX "cost_trend_class_cluster_id_month_idx" ON "cost_trend_class"("cluster_id", "month");

-- CreateIndex
CREATE INDEX "cost_trend_class_month_idx" ON "cost_trend_class"("month");

-- AddForeignKey
ALTER TABLE "cost_rollup_month" ADD CONSTRAINT "cost_rollup_month_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_trend_namespace" ADD CONSTRAINT "cost_trend_namespace_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_trend_class" ADD CONSTRAINT "cost_trend_class_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the month rollups and daily trends of the day rollups written before these tables
-- existed, as refreshMonthRollups (lib/queries/costs/refresh-month-rollups.ts) builds them.
INSERT INTO "cost_rollup_month" (cluster_id, month, resource_kind, currency, allocation, namespace,
  likely_owner_namespace, storage_class_name, category, cost, estimated_cost, resource_days,
  unpriced_resource_days, included_resource_days, fact_count)
SELECT cluster_id, date_trunc('month', day::timestamp)::date, resource_kind, currency, allocation, namespace,
       likely_owner_namespace, storage_class_name, category, sum(cost), sum(estimated_cost), sum(resource_days),
       sum(unpriced_resource_days), sum(included_resource_days), sum(fact_count)
  FROM cost_rollup_day
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

INSERT INTO "cost_trend_namespace" (cluster_id, month, currency, allocation, namespace, category, present, costs, cost)
SELECT cluster_id, month, currency, allocation, namespace, category, bit_or(1 << (day_of_month - 1)),
       ARRAY[sum(cost) FILTER (WHERE day_of_month = 1),
         sum(cost) FILTER (WHERE day_of_month = 2),
         sum(cost) FILTER (WHERE day_of_month = 3),
         sum(cost) FILTER (WHERE day_of_month = 4),
         sum(cost) FILTER (WHERE day_of_month = 5),
         sum(cost) FILTER (WHERE day_of_month = 6),
         sum(cost) FILTER (WHERE day_of_month = 7),
         sum(cost) FILTER (WHERE day_of_month = 8),
         sum(cost) FILTER (WHERE day_of_month = 9),
         sum(cost) FILTER (WHERE day_of_month = 10),
         sum(cost) FILTER (WHERE day_of_month = 11),
         sum(cost) FILTER (WHERE day_of_month = 12),
         sum(cost) FILTER (WHERE day_of_month = 13),
         sum(cost) FILTER (WHERE day_of_month = 14),
         sum(cost) FILTER (WHERE day_of_month = 15),
         sum(cost) FILTER (WHERE day_of_month = 16),
         sum(cost) FILTER (WHERE day_of_month = 17),
         sum(cost) FILTER (WHERE day_of_month = 18),
         sum(cost) FILTER (WHERE day_of_month = 19),
         sum(cost) FILTER (WHERE day_of_month = 20),
         sum(cost) FILTER (WHERE day_of_month = 21),
         sum(cost) FILTER (WHERE day_of_month = 22),
         sum(cost) FILTER (WHERE day_of_month = 23),
         sum(cost) FILTER (WHERE day_of_month = 24),
         sum(cost) FILTER (WHERE day_of_month = 25),
         sum(cost) FILTER (WHERE day_of_month = 26),
         sum(cost) FILTER (WHERE day_of_month = 27),
         sum(cost) FILTER (WHERE day_of_month = 28),
         sum(cost) FILTER (WHERE day_of_month = 29),
         sum(cost) FILTER (WHERE day_of_month = 30),
         sum(cost) FILTER (WHERE day_of_month = 31)],
       sum(cost)
  FROM (SELECT cluster_id, date_trunc('month', day::timestamp)::date AS month, extract(day FROM day)::int AS day_of_month,
               currency, allocation, namespace, category, sum(cost) AS cost
          FROM cost_rollup_day
         GROUP BY cluster_id, day, currency, allocation, namespace, category) d
 GROUP BY cluster_id, month, currency, allocation, namespace, category;

INSERT INTO "cost_trend_class" (cluster_id, month, currency, storage_class_name, category, present, costs, cost)
SELECT cluster_id, month, currency, storage_class_name, category, bit_or(1 << (day_of_month - 1)),
       ARRAY[sum(cost) FILTER (WHERE day_of_month = 1),
         sum(cost) FILTER (WHERE day_of_month = 2),
         sum(cost) FILTER (WHERE day_of_month = 3),
         sum(cost) FILTER (WHERE day_of_month = 4),
         sum(cost) FILTER (WHERE day_of_month = 5),
         sum(cost) FILTER (WHERE day_of_month = 6),
         sum(cost) FILTER (WHERE day_of_month = 7),
         sum(cost) FILTER (WHERE day_of_month = 8),
         sum(cost) FILTER (WHERE day_of_month = 9),
         sum(cost) FILTER (WHERE day_of_month = 10),
         sum(cost) FILTER (WHERE day_of_month = 11),
         sum(cost) FILTER (WHERE day_of_month = 12),
         sum(cost) FILTER (WHERE day_of_month = 13),
         sum(cost) FILTER (WHERE day_of_month = 14),
         sum(cost) FILTER (WHERE day_of_month = 15),
         sum(cost) FILTER (WHERE day_of_month = 16),
         sum(cost) FILTER (WHERE day_of_month = 17),
         sum(cost) FILTER (WHERE day_of_month = 18),
         sum(cost) FILTER (WHERE day_of_month = 19),
         sum(cost) FILTER (WHERE day_of_month = 20),
         sum(cost) FILTER (WHERE day_of_month = 21),
         sum(cost) FILTER (WHERE day_of_month = 22),
         sum(cost) FILTER (WHERE day_of_month = 23),
         sum(cost) FILTER (WHERE day_of_month = 24),
         sum(cost) FILTER (WHERE day_of_month = 25),
         sum(cost) FILTER (WHERE day_of_month = 26),
         sum(cost) FILTER (WHERE day_of_month = 27),
         sum(cost) FILTER (WHERE day_of_month = 28),
         sum(cost) FILTER (WHERE day_of_month = 29),
         sum(cost) FILTER (WHERE day_of_month = 30),
         sum(cost) FILTER (WHERE day_of_month = 31)],
       sum(cost)
  FROM (SELECT cluster_id, date_trunc('month', day::timestamp)::date AS month, extract(day FROM day)::int AS day_of_month,
               currency, storage_class_name, category, sum(cost) AS cost
          FROM cost_rollup_day
         GROUP BY cluster_id, day, currency, storage_class_name, category) d
 GROUP BY cluster_id, month, currency, storage_class_name, category;
