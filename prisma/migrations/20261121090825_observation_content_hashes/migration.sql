-- AlterTable
ALTER TABLE "namespace" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "node" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "observation" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "observation_kind" ADD COLUMN     "namespaces" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "persistent_volume" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "persistent_volume_claim" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "pod" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "storage_class" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "volume_attributes_class" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "volume_snapshot" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "volume_snapshot_class" ADD COLUMN     "content_hash" TEXT;

-- AlterTable
ALTER TABLE "volume_snapshot_content" ADD COLUMN     "content_hash" TEXT;

-- CreateIndex
CREATE INDEX "observation_cluster_id_content_hash_idx" ON "observation"("cluster_id", "content_hash");
