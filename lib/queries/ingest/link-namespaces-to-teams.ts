import type { NamespaceLabelRules } from "../../settings/namespace-label-rules";
import type { Tx } from "./write-planned-actions";

/**
 * Gives each namespace of a cluster the team its labels name (the rules' team labels, in order) (creating the team in the cluster's
 * organisation the first time a label names it), unless someone mapped it by hand in the app.
 */
export async function linkNamespacesToTeams(
  tx: Tx,
  clusterId: string,
  rules: Pick<NamespaceLabelRules, "teamLabels">,
): Promise<void> {
  for (const label of rules.teamLabels) {
    await tx.$executeRawUnsafe(
      `INSERT INTO team (id, org_id, slug, name)
       SELECT DISTINCT ON (n.labels->>$2) gen_random_uuid(), c.org_id, n.labels->>$2, n.labels->>$2
         FROM namespace n JOIN cluster c ON c.id = n.cluster_id
        WHERE n.cluster_id = $1::uuid AND n.labels->>$2 ~ '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$'
       ON CONFLICT (org_id, slug) DO NOTHING`,
      clusterId,
      label,
    );
    await tx.$executeRawUnsafe(
      `UPDATE namespace n SET team_id = t.id, team_source = 'label:' || $2
         FROM cluster c, team t
        WHERE n.cluster_id = $1::uuid AND c.id = n.cluster_id AND t.org_id = c.org_id AND t.slug = n.labels->>$2
          AND (n.team_source IS NULL OR n.team_source LIKE 'label:%')
          AND (n.team_id IS DISTINCT FROM t.id)`,
      clusterId,
      label,
    );
  }
}
