import type { Tx } from "./write-planned-actions";

/**
 * Fills a cluster's unknown provider and region from its nodes: spec.providerID names the cloud
 * (aws://, gce://, azure://) and the topology labels its region.
 */
export async function inferClusterLocation(tx: Tx, clusterId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE cluster c SET
        provider = CASE WHEN c.provider <> 'other' THEN c.provider ELSE COALESCE((
          SELECT CASE WHEN n.provider_id LIKE 'aws:%' THEN 'aws' WHEN n.provider_id LIKE 'gce:%' THEN 'gcp'
                      WHEN n.provider_id LIKE 'azure:%' THEN 'azure' END::"CloudProvider"
            FROM node n WHERE n.cluster_id = c.id AND n.deleted_at IS NULL AND n.provider_id IS NOT NULL
           ORDER BY n.created_at LIMIT 1), 'other') END,
        region = COALESCE(c.region, (
          SELECT n.region FROM node n WHERE n.cluster_id = c.id AND n.deleted_at IS NULL AND n.region IS NOT NULL
           GROUP BY n.region ORDER BY count(*) DESC LIMIT 1))
      WHERE c.id = $1::uuid`,
    clusterId,
  );
}
