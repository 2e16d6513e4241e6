-- CreateEnum
CREATE TYPE "CloudProvider" AS ENUM ('aws', 'azure', 'gcp', 'onprem', 'other');

-- CreateEnum
CREATE TYPE "ObservationSource" AS ENUM ('live', 'files', 'push', 'demo');

-- CreateEnum
CREATE TYPE "ObservationStatus" AS ENUM ('running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "KubeKind" AS ENUM ('Namespace', 'StorageClass', 'VolumeAttributesClass', 'PersistentVolume', 'PersistentVolumeClaim', 'VolumeSnapshotClass', 'VolumeSnapshot', 'VolumeSnapshotContent', 'Node', 'Pod');

-- CreateEnum
CREATE TYPE "ReclaimPolicy" AS ENUM ('Delete', 'Retain', 'Recycle');

-- CreateEnum
CREATE TYPE "PersistentVolumePhase" AS ENUM ('Pending', 'Available', 'Bound', 'Released', 'Failed');

-- CreateEnum
CREATE TYPE "PersistentVolumeClaimPhase" AS ENUM ('Pending', 'Bound', 'Lost');

-- CreateEnum
CREATE TYPE "SnapshotDeletionPolicy" AS ENUM ('Delete', 'Retain');

-- CreateEnum
CREATE TYPE "PodPhase" AS ENUM ('Pending', 'Running', 'Succeeded', 'Failed', 'Unknown');

-- CreateEnum
CREATE TYPE "PodVolumeType" AS ENUM ('persistentVolumeClaim', 'ephemeral', 'emptyDir', 'hostPath', 'other');

-- CreateEnum
CREATE TYPE "VolumeRole" AS ENUM ('dataset', 'checkpoint', 'scratch', 'other');

-- CreateEnum
CREATE TYPE "MetricName" AS ENUM ('volume_used_bytes', 'volume_capacity_bytes', 'gpu_utilization_ratio', 'io_pressure_ratio', 'disk_read_bytes_per_second', 'disk_write_bytes_per_second', 'disk_read_ops_per_second', 'disk_write_ops_per_second');

-- CreateEnum
CREATE TYPE "PriceSourceKind" AS ENUM ('bundled', 'api_refresh', 'manual');

-- CreateEnum
CREATE TYPE "PriceComponent" AS ENUM ('capacity', 'iops', 'throughput', 'snapshot_standard', 'snapshot_archive', 'archive_retrieval', 'gpu_hour', 'instance_hour');

-- CreateEnum
CREATE TYPE "PriceUnit" AS ENUM ('GiB_month', 'GB_month', 'GiB_hour', 'IOPS_month', 'IOPS_hour', 'MiBps_month', 'MBps_month', 'MBps_hour', 'disk_month', 'GiB', 'GB', 'hour', 'TB_year');

-- CreateEnum
CREATE TYPE "PriceTierMode" AS ENUM ('flat', 'graduated', 'size_step');

-- CreateEnum
CREATE TYPE "PriceOverrideKind" AS ENUM ('unit_price', 'discount');

-- CreateEnum
CREATE TYPE "CostResourceKind" AS ENUM ('PersistentVolume', 'VolumeSnapshotContent');

-- CreateEnum
CREATE TYPE "CostStatus" AS ENUM ('priced', 'estimated', 'unpriced', 'included');

-- CreateEnum
CREATE TYPE "AllocationKind" AS ENUM ('allocated', 'unallocated');

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cost_centre" TEXT,

    CONSTRAINT "team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "provider" "CloudProvider" NOT NULL,
    "region" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation" (
    "id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "source" "ObservationSource" NOT NULL,
    "source_ref" TEXT,
    "observed_at" TIMESTAMPTZ(6) NOT NULL,
    "started_at" TIMESTAMPTZ(6) NOT NULL,
    "finished_at" TIMESTAMPTZ(6),
    "status" "ObservationStatus" NOT NULL,
    "warnings" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation_kind" (
    "observation_id" UUID NOT NULL,
    "kind" "KubeKind" NOT NULL,
    "complete" BOOLEAN NOT NULL,
    "seen_count" INTEGER NOT NULL DEFAULT 0,
    "new_count" INTEGER NOT NULL DEFAULT 0,
    "changed_count" INTEGER NOT NULL DEFAULT 0,
    "deleted_count" INTEGER NOT NULL DEFAULT 0,
    "skipped_count" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "observation_kind_pkey" PRIMARY KEY ("observation_id","kind")
);

-- CreateTable
CREATE TABLE "observation_skip" (
    "id" UUID NOT NULL,
    "observation_id" UUID NOT NULL,
    "kind" "KubeKind",
    "namespace" TEXT,
    "name" TEXT,
    "position" TEXT,
    "reason" TEXT NOT NULL,

    CONSTRAINT "observation_skip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "namespace" (
    "cluster_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "uid" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "team_id" UUID,
    "team_source" TEXT,
    "cost_centre" TEXT,
    "created_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "namespace_pkey" PRIMARY KEY ("cluster_id","name")
);

-- CreateTable
CREATE TABLE "storage_class" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provisioner" TEXT NOT NULL,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "reclaim_policy" "ReclaimPolicy",
    "volume_binding_mode" TEXT,
    "allow_volume_expansion" BOOLEAN,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "annotations" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "deletion_requested_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "storage_class_pkey" PRIMARY KEY ("cluster_id","uid")
);

-- CreateTable
CREATE TABLE "volume_attributes_class" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "driver_name" TEXT NOT NULL,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "deletion_requested_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "volume_attributes_class_pkey" PRIMARY KEY ("cluster_id","uid")
);

-- CreateTable
CREATE TABLE "persistent_volume" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "storage_class_name" TEXT,
    "volume_attributes_class_name" TEXT,
    "capacity_bytes" BIGINT NOT NULL,
    "access_modes" TEXT[],
    "volume_mode" TEXT,
    "reclaim_policy" "ReclaimPolicy" NOT NULL,
    "phase" "PersistentVolumePhase" NOT NULL,
    "last_phase_transition_at" TIMESTAMPTZ(6),
    "csi_driver" TEXT,
    "volume_handle" TEXT,
    "volume_attributes" JSONB NOT NULL DEFAULT '{}',
    "zone" TEXT,
    "region" TEXT,
    "claim_namespace" TEXT,
    "claim_name" TEXT,
    "claim_uid" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "annotations" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "deletion_requested_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "persistent_volume_pkey" PRIMARY KEY ("cluster_id","uid")
);

-- CreateTable
CREATE TABLE "persistent_volume_revision" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "valid_from" TIMESTAMPTZ(6) NOT NULL,
    "valid_to" TIMESTAMPTZ(6),
    "capacity_bytes" BIGINT NOT NULL,
    "phase" "PersistentVolumePhase" NOT NULL,
    "storage_class_name" TEXT,
    "volume_attributes_class_name" TEXT,
    "claim_namespace" TEXT,
    "claim_name" TEXT,
    "claim_uid" TEXT,
    "observation_id" UUID,

    CONSTRAINT "persistent_volume_revision_pkey" PRIMARY KEY ("cluster_id","uid","valid_from")
);

-- CreateTable
CREATE TABLE "persistent_volume_claim" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "storage_class_name" TEXT,
    "volume_attributes_class_name" TEXT,
    "requested_bytes" BIGINT NOT NULL,
    "capacity_bytes" BIGINT,
    "access_modes" TEXT[],
    "phase" "PersistentVolumeClaimPhase" NOT NULL,
    "volume_name" TEXT,
    "data_source_kind" TEXT,
    "data_source_name" TEXT,
    "owner_kind" TEXT,
    "owner_name" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "annotations" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "deletion_requested_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "persistent_volume_claim_pkey" PRIMARY KEY ("cluster_id","uid")
);

-- CreateTable
CREATE TABLE "volume_snapshot_class" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "driver" TEXT NOT NULL,
    "deletion_policy" "SnapshotDeletionPolicy" NOT NULL,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "deletion_requested_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "volume_snapshot_class_pkey" PRIMARY KEY ("cluster_id","uid")
);

-- CreateTable
CREATE TABLE "volume_snapshot" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source_pvc_name" TEXT,
    "source_content_name" TEXT,
    "volume_snapshot_class_name" TEXT,
    "bound_content_name" TEXT,
    "creation_time" TIMESTAMPTZ(6),
    "ready_to_use" BOOLEAN,
    "restore_size_bytes" BIGINT,
    "error_message" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "annotations" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "deletion_requested_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "volume_snapshot_pkey" PRIMARY KEY ("cluster_id","uid")
);

-- CreateTable
CREATE TABLE "volume_snapshot_content" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "driver" TEXT NOT NULL,
    "deletion_policy" "SnapshotDeletionPolicy" NOT NULL,
    "volume_snapshot_class_name" TEXT,
    "source_volume_handle" TEXT,
    "source_snapshot_handle" TEXT,
    "snapshot_handle" TEXT,
    "snapshot_ref_namespace" TEXT,
    "snapshot_ref_name" TEXT,
    "snapshot_ref_uid" TEXT,
    "creation_time" TIMESTAMPTZ(6),
    "ready_to_use" BOOLEAN,
    "restore_size_bytes" BIGINT,
    "stored_bytes" BIGINT,
    "stored_bytes_source" TEXT,
    "base_snapshot_handle" TEXT,
    "storage_tier" TEXT NOT NULL DEFAULT 'standard',
    "labels" JSONB NOT NULL DEFAULT '{}',
    "annotations" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "deletion_requested_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "volume_snapshot_content_pkey" PRIMARY KEY ("cluster_id","uid")
);

-- CreateTable
CREATE TABLE "node" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "instance_type" TEXT,
    "region" TEXT,
    "zone" TEXT,
    "capacity_type" TEXT,
    "node_pool" TEXT,
    "gpu_model" TEXT,
    "gpu_count" INTEGER NOT NULL DEFAULT 0,
    "gpu_memory_mib" INTEGER,
    "provider_id" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "deletion_requested_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "node_pkey" PRIMARY KEY ("cluster_id","uid")
);

-- CreateTable
CREATE TABLE "pod" (
    "cluster_id" UUID NOT NULL,
    "uid" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "node_name" TEXT,
    "phase" "PodPhase" NOT NULL,
    "started_at" TIMESTAMPTZ(6),
    "finished_at" TIMESTAMPTZ(6),
    "owner_kind" TEXT,
    "owner_name" TEXT,
    "workload_kind" TEXT,
    "workload_name" TEXT,
    "gpu_request" DECIMAL(10,4) NOT NULL DEFAULT 0,
    "gpu_resource_name" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "annotations" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "deletion_requested_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),
    "first_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "first_observation_id" UUID,
    "last_observation_id" UUID,

    CONSTRAINT "pod_pkey" PRIMARY KEY ("cluster_id","uid")
);

-- CreateTable
CREATE TABLE "pod_volume" (
    "cluster_id" UUID NOT NULL,
    "pod_uid" TEXT NOT NULL,
    "volume_name" TEXT NOT NULL,
    "type" "PodVolumeType" NOT NULL,
    "claim_name" TEXT,
    "read_only" BOOLEAN NOT NULL DEFAULT false,
    "size_limit_bytes" BIGINT,
    "role" "VolumeRole",

    CONSTRAINT "pod_volume_pkey" PRIMARY KEY ("cluster_id","pod_uid","volume_name")
);

-- CreateTable
CREATE TABLE "metric_series" (
    "id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "metric" "MetricName" NOT NULL,
    "source_metric" TEXT NOT NULL,
    "series_key" TEXT NOT NULL,
    "namespace" TEXT,
    "pod" TEXT,
    "persistent_volume_claim" TEXT,
    "node" TEXT,
    "gpu" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "metric_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metric_sample" (
    "cluster_id" UUID NOT NULL,
    "series_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "metric_sample_pkey" PRIMARY KEY ("cluster_id","series_id","at")
);

-- CreateTable
CREATE TABLE "price_source" (
    "id" UUID NOT NULL,
    "kind" "PriceSourceKind" NOT NULL,
    "provider" "CloudProvider",
    "description" TEXT NOT NULL,
    "url" TEXT,
    "source_date" DATE NOT NULL,
    "retrieved_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "price_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_entry" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "provider" "CloudProvider" NOT NULL,
    "region" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "component" "PriceComponent" NOT NULL,
    "unit" "PriceUnit" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "tier_mode" "PriceTierMode" NOT NULL DEFAULT 'flat',
    "unit_price" DECIMAL(20,10),
    "included_quantity" DECIMAL(24,6) NOT NULL DEFAULT 0,
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "sku" TEXT,
    "description" TEXT,

    CONSTRAINT "price_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_tier" (
    "entry_id" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "up_to_quantity" DECIMAL(24,6),
    "unit_price" DECIMAL(20,10),
    "tier_price" DECIMAL(20,10),
    "label" TEXT,

    CONSTRAINT "price_tier_pkey" PRIMARY KEY ("entry_id","ordinal")
);

-- CreateTable
CREATE TABLE "price_override" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "kind" "PriceOverrideKind" NOT NULL,
    "cluster_id" UUID,
    "storage_class_name" TEXT,
    "provider" "CloudProvider",
    "product" TEXT,
    "component" "PriceComponent",
    "unit" "PriceUnit",
    "unit_price" DECIMAL(20,10),
    "currency" CHAR(3),
    "discount_percent" DECIMAL(7,4),
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "price_override_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exchange_rate" (
    "base_currency" CHAR(3) NOT NULL,
    "quote_currency" CHAR(3) NOT NULL,
    "effective_from" DATE NOT NULL,
    "rate" DECIMAL(20,10) NOT NULL,

    CONSTRAINT "exchange_rate_pkey" PRIMARY KEY ("base_currency","quote_currency","effective_from")
);

-- CreateTable
CREATE TABLE "cost_fact" (
    "cluster_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "resource_kind" "CostResourceKind" NOT NULL,
    "resource_uid" TEXT NOT NULL,
    "component" "PriceComponent" NOT NULL,
    "status" "CostStatus" NOT NULL,
    "allocation" "AllocationKind" NOT NULL,
    "namespace" TEXT,
    "likely_owner_namespace" TEXT,
    "storage_class_name" TEXT,
    "price_entry_id" UUID,
    "price_override_id" UUID,
    "price_source_date" DATE,
    "quantity" DECIMAL(24,6) NOT NULL,
    "unit" "PriceUnit" NOT NULL,
    "hours" DECIMAL(8,4) NOT NULL,
    "unit_price" DECIMAL(20,10),
    "cost" DECIMAL(20,10),
    "currency" CHAR(3) NOT NULL,
    "reason" TEXT,
    "computed_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "cost_fact_pkey" PRIMARY KEY ("cluster_id","day","resource_kind","resource_uid","component")
);

-- CreateTable
CREATE TABLE "month_close" (
    "org_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "closed_at" TIMESTAMPTZ(6) NOT NULL,
    "closed_by" TEXT NOT NULL,

    CONSTRAINT "month_close_pkey" PRIMARY KEY ("org_id","month")
);

-- CreateTable
CREATE TABLE "dismissal" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "subject_kind" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "subject_key" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "dismissed_by" TEXT NOT NULL,
    "dismissed_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "dismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "team_org_id_slug_key" ON "team"("org_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "cluster_org_id_name_key" ON "cluster"("org_id", "name");

-- CreateIndex
CREATE INDEX "observation_cluster_id_observed_at_idx" ON "observation"("cluster_id", "observed_at" DESC);

-- CreateIndex
CREATE INDEX "observation_skip_observation_id_idx" ON "observation_skip"("observation_id");

-- CreateIndex
CREATE INDEX "namespace_team_id_idx" ON "namespace"("team_id");

-- CreateIndex
CREATE INDEX "storage_class_cluster_id_name_idx" ON "storage_class"("cluster_id", "name");

-- CreateIndex
CREATE INDEX "volume_attributes_class_cluster_id_name_idx" ON "volume_attributes_class"("cluster_id", "name");

-- CreateIndex
CREATE INDEX "persistent_volume_cluster_id_name_idx" ON "persistent_volume"("cluster_id", "name");

-- CreateIndex
CREATE INDEX "persistent_volume_cluster_id_storage_class_name_idx" ON "persistent_volume"("cluster_id", "storage_class_name");

-- CreateIndex
CREATE INDEX "persistent_volume_cluster_id_phase_idx" ON "persistent_volume"("cluster_id", "phase");

-- CreateIndex
CREATE INDEX "persistent_volume_cluster_id_claim_namespace_claim_name_idx" ON "persistent_volume"("cluster_id", "claim_namespace", "claim_name");

-- CreateIndex
CREATE INDEX "persistent_volume_claim_cluster_id_namespace_name_idx" ON "persistent_volume_claim"("cluster_id", "namespace", "name");

-- CreateIndex
CREATE INDEX "persistent_volume_claim_cluster_id_volume_name_idx" ON "persistent_volume_claim"("cluster_id", "volume_name");

-- CreateIndex
CREATE INDEX "volume_snapshot_class_cluster_id_name_idx" ON "volume_snapshot_class"("cluster_id", "name");

-- CreateIndex
CREATE INDEX "volume_snapshot_cluster_id_namespace_source_pvc_name_creati_idx" ON "volume_snapshot"("cluster_id", "namespace", "source_pvc_name", "creation_time");

-- CreateIndex
CREATE INDEX "volume_snapshot_cluster_id_bound_content_name_idx" ON "volume_snapshot"("cluster_id", "bound_content_name");

-- CreateIndex
CREATE INDEX "volume_snapshot_content_cluster_id_source_volume_handle_cre_idx" ON "volume_snapshot_content"("cluster_id", "source_volume_handle", "creation_time");

-- CreateIndex
CREATE INDEX "volume_snapshot_content_cluster_id_snapshot_ref_namespace_s_idx" ON "volume_snapshot_content"("cluster_id", "snapshot_ref_namespace", "snapshot_ref_name");

-- CreateIndex
CREATE INDEX "node_cluster_id_name_idx" ON "node"("cluster_id", "name");

-- CreateIndex
CREATE INDEX "pod_cluster_id_namespace_workload_kind_workload_name_idx" ON "pod"("cluster_id", "namespace", "workload_kind", "workload_name");

-- CreateIndex
CREATE INDEX "pod_cluster_id_node_name_idx" ON "pod"("cluster_id", "node_name");

-- CreateIndex
CREATE INDEX "pod_volume_cluster_id_claim_name_idx" ON "pod_volume"("cluster_id", "claim_name");

-- CreateIndex
CREATE INDEX "metric_series_cluster_id_metric_namespace_persistent_volume_idx" ON "metric_series"("cluster_id", "metric", "namespace", "persistent_volume_claim");

-- CreateIndex
CREATE INDEX "metric_series_cluster_id_metric_namespace_pod_idx" ON "metric_series"("cluster_id", "metric", "namespace", "pod");

-- CreateIndex
CREATE UNIQUE INDEX "metric_series_cluster_id_metric_series_key_key" ON "metric_series"("cluster_id", "metric", "series_key");

-- CreateIndex
CREATE INDEX "price_entry_provider_region_product_component_effective_fro_idx" ON "price_entry"("provider", "region", "product", "component", "effective_from");

-- CreateIndex
CREATE INDEX "price_override_org_id_cluster_id_storage_class_name_idx" ON "price_override"("org_id", "cluster_id", "storage_class_name");

-- CreateIndex
CREATE INDEX "cost_fact_cluster_id_day_namespace_idx" ON "cost_fact"("cluster_id", "day", "namespace");

-- CreateIndex
CREATE INDEX "cost_fact_cluster_id_resource_kind_resource_uid_day_idx" ON "cost_fact"("cluster_id", "resource_kind", "resource_uid", "day");

-- CreateIndex
CREATE UNIQUE INDEX "dismissal_org_id_subject_kind_rule_subject_key_key" ON "dismissal"("org_id", "subject_kind", "rule", "subject_key");

-- AddForeignKey
ALTER TABLE "team" ADD CONSTRAINT "team_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster" ADD CONSTRAINT "cluster_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation_kind" ADD CONSTRAINT "observation_kind_observation_id_fkey" FOREIGN KEY ("observation_id") REFERENCES "observation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation_skip" ADD CONSTRAINT "observation_skip_observation_id_fkey" FOREIGN KEY ("observation_id") REFERENCES "observation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "namespace" ADD CONSTRAINT "namespace_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "namespace" ADD CONSTRAINT "namespace_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "storage_class" ADD CONSTRAINT "storage_class_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "volume_attributes_class" ADD CONSTRAINT "volume_attributes_class_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persistent_volume" ADD CONSTRAINT "persistent_volume_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persistent_volume_revision" ADD CONSTRAINT "persistent_volume_revision_cluster_id_uid_fkey" FOREIGN KEY ("cluster_id", "uid") REFERENCES "persistent_volume"("cluster_id", "uid") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persistent_volume_claim" ADD CONSTRAINT "persistent_volume_claim_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "volume_snapshot_class" ADD CONSTRAINT "volume_snapshot_class_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "volume_snapshot" ADD CONSTRAINT "volume_snapshot_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "volume_snapshot_content" ADD CONSTRAINT "volume_snapshot_content_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "node" ADD CONSTRAINT "node_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pod" ADD CONSTRAINT "pod_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pod_volume" ADD CONSTRAINT "pod_volume_cluster_id_pod_uid_fkey" FOREIGN KEY ("cluster_id", "pod_uid") REFERENCES "pod"("cluster_id", "uid") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_series" ADD CONSTRAINT "metric_series_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_sample" ADD CONSTRAINT "metric_sample_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "metric_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_entry" ADD CONSTRAINT "price_entry_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "price_source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_tier" ADD CONSTRAINT "price_tier_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "price_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_override" ADD CONSTRAINT "price_override_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_override" ADD CONSTRAINT "price_override_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_fact" ADD CONSTRAINT "cost_fact_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_fact" ADD CONSTRAINT "cost_fact_price_entry_id_fkey" FOREIGN KEY ("price_entry_id") REFERENCES "price_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_fact" ADD CONSTRAINT "cost_fact_price_override_id_fkey" FOREIGN KEY ("price_override_id") REFERENCES "price_override"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "month_close" ADD CONSTRAINT "month_close_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dismissal" ADD CONSTRAINT "dismissal_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
