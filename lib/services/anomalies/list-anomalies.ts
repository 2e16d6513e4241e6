import { type Anomaly, detectAnomalies } from "../../costing/anomalies/detect-anomalies";
import { detectGpuIdleJumps } from "../../costing/anomalies/detect-gpu-idle-jumps";
import { gpuIdleDays } from "../../costing/anomalies/gpu-idle-days";
import { daysBetween, isoDayOf, shiftDay } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import { getAnomalySettings } from "../../queries/anomalies/get-anomaly-settings";
import { listAnomalyDrivers } from "../../queries/anomalies/list-anomaly-drivers";
import { listOwnershipDays } from "../../queries/anomalies/list-ownership-days";
import { getClusterByNameOrThrow } from "../../queries/clusters/get-cluster-by-name-or-throw";
import { firstFactDay } from "../../queries/forecasts/first-fact-day";
import { listComponentDayCosts } from "../../queries/forecasts/list-component-day-costs";
import { listUnpricedResourceDays } from "../../queries/forecasts/list-unpriced-resource-days";
import { analyseGpuWindow } from "../../queries/gpu/analyse-gpu-window";
import { type ServiceCall, scopedTeamIds } from "../service-context";
import { InvalidInputError } from "../service-errors";
import { anomalyDriverHref } from "./anomaly-driver-href";
import { type TAnomaliesQuery, ZAnomaliesQuery } from "./anomaly-params";
import { gpuIdleDriverJson } from "./gpu-idle-driver-json";

/** Drivers are looked up for the most recent anomalies only: each is one query. */
const WITH_DRIVERS = 50;
const DRIVERS_EACH = 5;
const MAX_DAYS = 92;

const money = (anomaly: Anomaly, value: { toFixed(digits?: number): string }) =>
  anomaly.currency === null ? value.toFixed(0) : value.toFixed(2);

/**
 * Anomalies of the days judged (README "Anomalies") within the actor's scope, the most recent
 * first, each with the resources that changed on its first day.
 */
export async function listAnomalies(db: Db, { ctx, input }: ServiceCall<TAnomaliesQuery>, now = new Date()) {
  const query = ZAnomaliesQuery.parse(input);
  if (query.cluster) await getClusterByNameOrThrow(db, query.cluster);
  const to = query.to ?? shiftDay(isoDayOf(now), -1);
  const from = query.from ?? shiftDay(to, -29);
  const days = daysBetween(from, to);
  if (days.length > MAX_DAYS)
    throw new InvalidInputError(`from: at most ${MAX_DAYS} days are judged at once`);
  const [{ settings, warnings }, historyFrom] = await Promise.all([getAnomalySettings(db), firstFactDay(db)]);
  const filters = { cluster: query.cluster, currency: query.currency, teamIds: scopedTeamIds(ctx) };
  const window = { from: shiftDay(from, -settings.baselineDays), to };
  const [costs, ownership, unpriced] = await Promise.all([
    listComponentDayCosts(db, { ...filters, by: query.by, window }),
    listOwnershipDays(db, { ...filters, window }),
    listUnpricedResourceDays(db, { ...filters, by: query.by, window }),
  ]);
  const anomalies = detectAnomalies({
    costs,
    ownership,
    unpriced,
    days,
    historyFrom: historyFrom ?? from,
    settings,
  });
  const gpu = await analyseGpuWindow(db, {
    now,
    window,
    clusterName: query.cluster,
    teamIds: filters.teamIds,
  });
  const gpuJumps = detectGpuIdleJumps({
    days: gpuIdleDays(
      gpu.clusters.flatMap((c) => c.pods),
      daysBetween(window.from, window.to),
      now,
      gpu.settings,
    ).filter((d) => !query.currency || d.currency === query.currency),
    judged: days,
    historyFrom: historyFrom ?? from,
    settings,
    driversEach: DRIVERS_EACH,
  });
  const results = [];
  for (const [index, anomaly] of anomalies.entries()) {
    const drivers =
      index < WITH_DRIVERS
        ? await listAnomalyDrivers(db, {
            ...filters,
            by: query.by,
            kind: anomaly.kind,
            group: anomaly.group,
            day: anomaly.day,
            limit: DRIVERS_EACH,
          })
        : null;
    results.push({
      kind: anomaly.kind,
      group: anomaly.group,
      currency: anomaly.currency,
      day: anomaly.day,
      lastDay: anomaly.lastDay,
      value: money(anomaly, anomaly.value),
      expected: money(anomaly, anomaly.expected),
      deviation: money(anomaly, anomaly.deviation),
      score: anomaly.score === null ? null : Number(anomaly.score.toFixed(1)),
      drivers: drivers?.map(({ snapshotChainId, ...d }) => ({
        ...d,
        href: anomalyDriverHref({ ...d, snapshotChainId }, anomaly.day),
      })),
    });
  }
  const gpuResults = gpuJumps.map((jump) => ({
    kind: "gpu-idle" as const,
    group: jump.group,
    currency: jump.currency,
    day: jump.day,
    lastDay: jump.lastDay,
    value: jump.value.toFixed(2),
    expected: jump.expected.toFixed(2),
    deviation: jump.deviation.toFixed(2),
    score: jump.score === null ? null : Number(jump.score.toFixed(1)),
    drivers: jump.drivers.map((d) => gpuIdleDriverJson(d, jump.day)),
  }));
  const anomaliesFound = [...results, ...gpuResults].sort((a, b) => b.day.localeCompare(a.day));
  return { by: query.by, from, to, settings, warnings, anomalies: anomaliesFound };
}

export type AnomaliesResult = Awaited<ReturnType<typeof listAnomalies>>;
