import { z } from "zod";
import { DIGEST_CADENCES } from "../../costing/digests/digest-period";
import { canonicalTimeZone, isTimeZone } from "../../costing/digests/time-zone";
import type { Db } from "../../db/prisma";
import { DigestInputError } from "./digest-errors";
import {
  type DigestSubscriptionDto,
  SUBSCRIPTION_INCLUDE,
  toSubscriptionDto,
} from "./digest-subscription-dto";

/** A subscription as created or edited: a team, or a namespace (cluster and name), never both. */
export const ZDigestSubscriptionInput = z
  .object({
    team: z.string().trim().min(1).max(253).optional(),
    cluster: z.string().trim().min(1).max(253).optional(),
    namespace: z.string().trim().min(1).max(253).optional(),
    recipients: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .pipe(z.email({ message: "not an email address" })),
      )
      .min(1, { message: "at least one recipient" })
      .max(50)
      .refine((list) => new Set(list).size === list.length, { message: "an address is listed twice" }),
    cadence: z.enum(DIGEST_CADENCES),
    timeZone: z
      .string()
      .trim()
      .refine(isTimeZone, { message: "not an IANA time zone (e.g. Europe/Berlin)" })
      .transform(canonicalTimeZone),
  })
  .refine((v) => (v.team === undefined) !== (v.cluster === undefined && v.namespace === undefined), {
    message: "give either team, or cluster and namespace",
    path: ["team"],
  })
  .refine((v) => (v.cluster === undefined) === (v.namespace === undefined), {
    message: "a namespace needs its cluster, and a cluster its namespace",
    path: ["namespace"],
  });
export type TDigestSubscriptionInput = z.infer<typeof ZDigestSubscriptionInput>;

/** The owner's ids, or a DigestInputError naming the field that points at nothing. */
export async function resolveDigestOwner(
  db: Db,
  input: TDigestSubscriptionInput,
): Promise<{ teamId: string | null; clusterId: string | null; namespace: string | null }> {
  if (input.team) {
    const team = await db.team.findFirst({ where: { slug: input.team } });
    if (!team) throw new DigestInputError(`team: no team "${input.team}"`);
    return { teamId: team.id, clusterId: null, namespace: null };
  }
  const cluster = await db.cluster.findFirst({ where: { name: input.cluster } });
  if (!cluster) throw new DigestInputError(`cluster: no cluster "${input.cluster}"`);
  const namespace = await db.namespace.findUnique({
    where: { clusterId_name: { clusterId: cluster.id, name: input.namespace as string } },
  });
  if (!namespace)
    throw new DigestInputError(`namespace: no namespace "${input.namespace}" in cluster "${cluster.name}"`);
  return { teamId: null, clusterId: cluster.id, namespace: namespace.name };
}

export async function createDigestSubscription(
  db: Db,
  input: TDigestSubscriptionInput,
): Promise<DigestSubscriptionDto> {
  const owner = await resolveDigestOwner(db, input);
  const row = await db.digestSubscription.create({
    data: { ...owner, recipients: input.recipients, cadence: input.cadence, timeZone: input.timeZone },
    include: SUBSCRIPTION_INCLUDE,
  });
  return toSubscriptionDto(row);
}
