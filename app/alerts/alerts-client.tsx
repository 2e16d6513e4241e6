"use client";
import { AlertChannelsSection } from "@/components/alerts/alert-channels-section";
import { AlertHistoryTable } from "@/components/alerts/alert-history-table";
import { AlertRulesSection } from "@/components/alerts/alert-rules-section";
import {
  useAlertChannelsQuery,
  useAlertHistoryQuery,
  useAlertRulesQuery,
} from "@/hooks/queries/use-alert-queries";
import AlertsLoading from "./loading";

const SECTION = "rounded-lg border border-slate-200 bg-white p-5";

export function AlertsClient({ canWrite }: { canWrite: boolean }) {
  const rules = useAlertRulesQuery();
  const channels = useAlertChannelsQuery();
  const history = useAlertHistoryQuery();
  const error = rules.error ?? channels.error ?? history.error;
  if (error) return <p className="text-red-700">Could not load the alerts: {error.message}</p>;
  if (!rules.data || !channels.data || !history.data) return <AlertsLoading />;
  const failed = history.data.items.flatMap((a) => a.deliveries.filter((d) => d.status === "failed"));

  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-semibold text-2xl">Alerts</h1>
        <p className="mt-1 max-w-3xl text-slate-500 text-sm">
          Rules on budgets (spend or forecast against the amount), anomalies, new waste above an amount and
          unpriced spend, judged every minute by the worker. Each alert goes once to each of its rule's
          channels; a failed delivery is retried with backoff, and shown here when it runs out of attempts.
          Admin and finance create, edit and delete rules and channels here, with the API or `tierscope
          alerts`; a channel's URL and secret are never shown back.
        </p>
      </header>

      {failed.length > 0 ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-800 text-sm">
          {failed.length} alert deliver{failed.length === 1 ? "y" : "ies"} failed: see the history below.
        </div>
      ) : null}

      <section className={SECTION} aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="mb-3 font-semibold">
          Rules
        </h2>
        <AlertRulesSection
          rules={rules.data.items}
          channelNames={channels.data.items.map((c) => c.name)}
          canWrite={canWrite}
        />
      </section>

      <section className={SECTION} aria-labelledby="channels-heading">
        <h2 id="channels-heading" className="mb-3 font-semibold">
          Channels
        </h2>
        <AlertChannelsSection channels={channels.data.items} canWrite={canWrite} />
      </section>

      <section className={SECTION} aria-label="History">
        <h2 className="mb-3 font-semibold">History</h2>
        {history.data.items.length === 0 ? (
          <p className="text-slate-500 text-sm">No alerts raised yet.</p>
        ) : (
          <AlertHistoryTable alerts={history.data.items} />
        )}
      </section>
    </div>
  );
}
