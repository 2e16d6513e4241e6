"use client";
import { CurrencySettingsPanel } from "@/components/pricing/currency-settings-panel";
import { SettingGroupForm } from "@/components/settings/setting-group-form";
import { useSettingsQuery } from "@/hooks/queries/use-settings-queries";

export function SettingsClient({ today }: { today: string }) {
  const settings = useSettingsQuery();
  if (settings.error) {
    return (
      <p className="text-red-700 text-sm" role="alert">
        {settings.error.message}
      </p>
    );
  }
  if (!settings.data) return <p className="text-slate-500 text-sm">Loading settings…</p>;
  const { groups, pricing, canEdit } = settings.data;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-semibold text-2xl">Settings</h1>
        <p className="mt-1 text-slate-500 text-sm">
          {canEdit
            ? "Changes apply at once and are recorded in the audit log with their before and after. A blank field takes its default."
            : "Read only: an admin changes these."}
        </p>
      </header>
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="font-medium text-lg">Currency and exchange rates</h2>
        {canEdit ? (
          <CurrencySettingsPanel settings={pricing} today={today} />
        ) : (
          <p className="text-sm">Amounts are shown in {pricing.displayCurrency}.</p>
        )}
      </section>
      {groups.map((group) => (
        <SettingGroupForm key={group.key} group={group} canEdit={canEdit} />
      ))}
    </div>
  );
}
