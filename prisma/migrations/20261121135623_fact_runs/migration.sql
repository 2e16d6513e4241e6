-- Cost facts stored as runs: a row holds the identical facts of the consecutive days
-- [first_day, last_day] of one month. Existing rows are one-day runs. Written by hand (Prisma's
-- diff drops and re-adds the renamed columns, which would lose every fact).

-- AlterTable
ALTER TABLE "cost_fact" RENAME COLUMN "day" TO "first_day";
ALTER TABLE "cost_fact" ADD COLUMN "last_day" DATE;
UPDATE "cost_fact" SET "last_day" = "first_day";
ALTER TABLE "cost_fact" ALTER COLUMN "last_day" SET NOT NULL;
ALTER TABLE "cost_fact" ADD CONSTRAINT "cost_fact_run_within_month"
  CHECK ("last_day" >= "first_day" AND date_trunc('month', "last_day"::timestamp) = date_trunc('month', "first_day"::timestamp));

-- AlterTable
ALTER TABLE "cost_fact_workload" RENAME COLUMN "day" TO "first_day";

-- RenameIndex
ALTER INDEX "cost_fact_cluster_id_day_namespace_idx" RENAME TO "cost_fact_cluster_id_first_day_namespace_idx";
ALTER INDEX "cost_fact_cluster_id_resource_kind_resource_uid_day_idx" RENAME TO "cost_fact_cluster_id_resource_kind_resource_uid_first_day_idx";
ALTER INDEX "cost_fact_day_cluster_id_idx" RENAME TO "cost_fact_first_day_cluster_id_idx";
ALTER INDEX "cost_fact_workload_cluster_id_day_workload_kind_workload_na_idx" RENAME TO "cost_fact_workload_cluster_id_first_day_workload_kind_workl_idx";

-- A workload split is tied to its fact run by the code that writes them (write-cost-facts.ts), not
-- by a foreign key: checking one per inserted split made storing a large cluster five times slower.
ALTER TABLE "cost_fact_workload" DROP CONSTRAINT "cost_fact_workload_cluster_id_day_resource_kind_resource_u_fkey";
ALTER TABLE "cost_fact_workload" ADD CONSTRAINT "cost_fact_workload_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One row per day of each run: what reports, drill-downs and ad-hoc SQL read as "the daily facts".
-- A query over a window should also bound first_day and last_day (runs stay within a month, so
-- first_day >= the window's first month start), which lets the planner use the indexes.
CREATE VIEW "cost_fact_day" AS
  SELECT f.*, d.day::date AS "day"
    FROM "cost_fact" f
   CROSS JOIN LATERAL generate_series(f."first_day", f."last_day", interval '1 day') AS d(day);

-- A run's workload split, on each day of its run.
CREATE VIEW "cost_fact_workload_day" AS
  SELECT w.*, d.day::date AS "day"
    FROM "cost_fact_workload" w
    JOIN "cost_fact" f USING ("cluster_id", "first_day", "resource_kind", "resource_uid", "component")
   CROSS JOIN LATERAL generate_series(f."first_day", f."last_day", interval '1 day') AS d(day);
