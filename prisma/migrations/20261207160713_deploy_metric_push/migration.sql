-- CreateTable
CREATE TABLE "metric_push" (
    "id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "content_sha256" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,
    "samples_read" INTEGER NOT NULL,
    "samples_new" INTEGER NOT NULL,
    "received_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "metric_push_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "metric_push_cluster_id_content_sha256_key" ON "metric_push"("cluster_id", "content_sha256");

-- AddForeignKey
ALTER TABLE "metric_push" ADD CONSTRAINT "metric_push_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;
