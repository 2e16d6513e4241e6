-- Exactly one owner, with nothing of the other: a team (no cluster, no namespace), or a namespace
-- (cluster and name, no team). The first version let a team row carry a cluster, or a cluster go
-- without its namespace. Prisma does not model CHECKs: hand-written.
ALTER TABLE "digest_subscription" DROP CONSTRAINT "digest_subscription_one_owner";
ALTER TABLE "digest_subscription" ADD CONSTRAINT "digest_subscription_one_owner"
  CHECK ((team_id IS NOT NULL) <> (cluster_id IS NOT NULL) AND num_nonnulls(cluster_id, namespace) IN (0, 2));
