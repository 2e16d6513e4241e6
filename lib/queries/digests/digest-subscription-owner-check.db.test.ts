import { describe, expect, it } from "vitest";
import { createShowbackOrg } from "../../testing/cost-factories";
import { setUpTestDatabase } from "../../testing/test-database";

const { db } = setUpTestDatabase();

/** Inserts a subscription row as raw SQL, past the app's validation: what the database alone allows. */
function insert(owner: { teamId: string | null; clusterId: string | null; namespace: string | null }) {
  return db.$executeRaw`
    INSERT INTO digest_subscription (id, team_id, cluster_id, namespace, recipients, cadence, time_zone, updated_at)
    VALUES (gen_random_uuid(), ${owner.teamId}::uuid, ${owner.clusterId}::uuid, ${owner.namespace},
            ARRAY['lead@example.com'], 'weekly', 'UTC', now())`;
}

describe("digest_subscription_one_owner", () => {
  it("takes a team or a namespace, and refuses a team with a cluster or a cluster without its namespace", async () => {
    const { prod, teams } = await createShowbackOrg(db);
    expect(await insert({ teamId: teams.ml.id, clusterId: null, namespace: null })).toBe(1);
    expect(await insert({ teamId: null, clusterId: prod.id, namespace: "ml" })).toBe(1);
    const refused = [
      { teamId: teams.ml.id, clusterId: prod.id, namespace: "ml" },
      { teamId: teams.ml.id, clusterId: prod.id, namespace: null },
      { teamId: teams.ml.id, clusterId: null, namespace: "ml" },
      { teamId: null, clusterId: prod.id, namespace: null },
      { teamId: null, clusterId: null, namespace: null },
    ];
    for (const owner of refused)
      await expect(insert(owner), JSON.stringify(owner)).rejects.toThrow(/digest_subscription_one_owner/);
  });
});
