"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { SendLogTable } from "@/components/digests/send-log-table";
import { SubscriptionForm } from "@/components/digests/subscription-form";
import { SubscriptionsTable } from "@/components/digests/subscriptions-table";
import { Pager } from "@/components/ui/pager";
import { useDigestSendsQuery, useDigestSubscriptionsQuery } from "@/hooks/queries/use-digest-queries";
import { formatCount } from "@/lib/format";
import {
  digestsSearch,
  type TDigestsParams,
  ZDigestsParams,
} from "../../lib/services/digests/digests-page-params";
import DigestsLoading from "./loading";

const SECTION = "rounded-lg border border-slate-200 bg-white p-5";

export function DigestsClient() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZDigestsParams.parse(Object.fromEntries(searchParams));
  const [creating, setCreating] = useState(false);
  const subscriptions = useDigestSubscriptionsQuery({ page: params.page });
  const sends = useDigestSendsQuery({ page: params.sendsPage, failed: params.failed === "true" });
  const failures = useDigestSendsQuery({ page: 1, failed: true });
  const href = (next: Partial<TDigestsParams>) => {
    const search = digestsSearch({ ...params, ...next });
    return `${pathname}${search.size > 0 ? `?${search}` : ""}`;
  };

  const error = subscriptions.error ?? sends.error;
  if (error) return <p className="text-red-700">Could not load the digests: {error.message}</p>;
  const subscriptionsPage = subscriptions.data;
  const sendsPage = sends.data;
  if (!subscriptionsPage || !sendsPage) return <DigestsLoading />;
  const failedCount = failures.data?.total ?? 0;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-semibold text-2xl">Digests</h1>
          <p className="mt-1 max-w-3xl text-slate-500 text-sm">
            A team's or a namespace's storage spend by email: weekly on Mondays at 08:00 for the previous week
            (Monday to Sunday), or monthly on the 1st at 08:00 for the previous month, in the subscription's
            time zone. Each digest has the period's spend and trend, its top cost drivers and the waste found
            during it, with links back here. Without SMTP configured, digests are rendered and kept in the log
            below.
          </p>
        </div>
        {!creating ? (
          <button
            type="button"
            onClick={() => setCreating(true)}
            className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-sm text-white"
          >
            New subscription
          </button>
        ) : null}
      </header>

      {failedCount > 0 ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-800 text-sm">
          {formatCount(failedCount)} digest send{failedCount === 1 ? "" : "s"} failed after every attempt.{" "}
          <Link href={href({ failed: "true", sendsPage: 1 })} className="font-medium underline">
            Show the failures
          </Link>
        </div>
      ) : null}

      {creating ? <SubscriptionForm onDone={() => setCreating(false)} /> : null}

      <section className={SECTION} aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading" className="mb-3 font-semibold">
          Subscriptions
        </h2>
        {subscriptionsPage.total === 0 ? (
          <p className="text-slate-500 text-sm">
            No digests yet. Create one for a team (its namespaces) or a single namespace, with its recipients.
          </p>
        ) : (
          <>
            <SubscriptionsTable subscriptions={subscriptionsPage.items} />
            <Pager
              page={subscriptionsPage.page}
              pageSize={subscriptionsPage.pageSize}
              total={subscriptionsPage.total}
              noun="subscriptions"
              onPage={(page) => router.push(href({ page }))}
              hideWhenSingle
            />
          </>
        )}
      </section>

      <section className={SECTION} aria-labelledby="sends-heading">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="sends-heading" className="font-semibold">
            Send log{params.failed ? ": failures" : ""}
          </h2>
          {params.failed ? (
            <Link
              href={href({ failed: undefined, sendsPage: 1 })}
              className="text-blue-700 text-sm hover:underline"
            >
              Show every send
            </Link>
          ) : null}
        </div>
        {sendsPage.total === 0 ? (
          <p className="text-slate-500 text-sm">
            {params.failed
              ? "No failed sends."
              : "Nothing sent yet: the first digests go out when they come due."}
          </p>
        ) : (
          <>
            <SendLogTable sends={sendsPage.items} />
            <Pager
              page={sendsPage.page}
              pageSize={sendsPage.pageSize}
              total={sendsPage.total}
              noun="sends"
              onPage={(sendsPage) => router.push(href({ sendsPage }))}
            />
          </>
        )}
      </section>
    </div>
  );
}
