-- CreateEnum
CREATE TYPE "DataAccessSource" AS ENUM ('node_mountstats', 'cloudwatch');

-- CreateEnum
CREATE TYPE "DataAccessMetric" AS ENUM ('read_bytes', 'write_bytes', 'operations', 'metered_bytes', 'get_requests', 'list_requests', 'put_requests');

-- AlterEnum
ALTER TYPE "CostResourceKind" ADD VALUE 'VolumeDataAccess';

-- AlterEnum
ALTER TYPE "PriceComponent" ADD VALUE 'transfer_cross_az';

-- CreateTable
CREATE TABLE "data_access_reading" (
    "cluster_id" UUID NOT NULL,
    "source" "DataAccessSource" NOT NULL,
    "target" TEXT NOT NULL,
    "node" TEXT NOT NULL,
    "metric" "DataAccessMetric" NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL,
    "value" DECIMAL(30,0) NOT NULL,
    "period_seconds" INTEGER,
    "partial" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "data_access_reading_pkey" PRIMARY KEY ("cluster_id","source","target","node","metric","at")
);

-- AddForeignKey
ALTER TABLE "data_access_reading" ADD CONSTRAINT "data_access_reading_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;
