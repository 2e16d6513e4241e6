-- AlterTable
ALTER TABLE "cost_fact" ADD COLUMN     "category" TEXT NOT NULL,
ADD COLUMN     "detail" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "cost_fact_workload" (
    "cluster_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "resource_kind" "CostResourceKind" NOT NULL,
    "resource_uid" TEXT NOT NULL,
    "component" "PriceComponent" NOT NULL,
    "workload_kind" TEXT NOT NULL,
    "workload_name" TEXT NOT NULL,
    "pod_hours" DECIMAL(12,4) NOT NULL,
    "share" DECIMAL(12,10) NOT NULL,
    "cost" DECIMAL(20,10),

    CONSTRAINT "cost_fact_workload_pkey" PRIMARY KEY ("cluster_id","day","resource_kind","resource_uid","component","workload_kind","workload_name")
);

-- CreateIndex
CREATE INDEX "cost_fact_workload_cluster_id_day_workload_kind_workload_na_idx" ON "cost_fact_workload"("cluster_id", "day", "workload_kind", "workload_name");

-- CreateIndex
CREATE INDEX "cost_fact_day_cluster_id_idx" ON "cost_fact"("day", "cluster_id");

-- AddForeignKey
ALTER TABLE "cost_fact_workload" ADD CONSTRAINT "cost_fact_workload_cluster_id_day_resource_kind_resource_u_fkey" FOREIGN KEY ("cluster_id", "day", "resource_kind", "resource_uid", "component") REFERENCES "cost_fact"("cluster_id", "day", "resource_kind", "resource_uid", "component") ON DELETE CASCADE ON UPDATE CASCADE;
