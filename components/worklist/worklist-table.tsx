"use client";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import type { Column } from "@/components/ui/table-model";
import type { RecommendationRule } from "@/lib/costing/recommendations/recommendation-rules";
import { RECOMMENDATION_RULE_INFO } from "@/lib/costing/recommendations/recommendation-rules";
import { WASTE_RULE_INFO, type WasteRule } from "@/lib/costing/waste/waste-rules";
import { formatMoney } from "@/lib/format-money";
import { dec } from "@/lib/pricing/decimal";
import type { CleanupWorklistResult } from "@/lib/services/worklist/get-cleanup-worklist";
import { snapshotsLink, volumeKey, worklistVolumeLinks } from "./worklist-links";

type Row = CleanupWorklistResult["rows"][number];

function ruleLabel(row: Row): string {
  return row.verdict === "waste"
    ? (WASTE_RULE_INFO[row.rule as WasteRule]?.label ?? row.rule)
    : (RECOMMENDATION_RULE_INFO[row.rule as RecommendationRule]?.label ?? row.rule);
}

const volumeText = (v: Row["volumes"][number]) => (v.namespace ? `${v.namespace}/${v.name}` : v.name);

function Volumes({ row }: { row: Row }) {
  if (row.volumes.length === 0) {
    const link = snapshotsLink(row.clusterName);
    return (
      <Link href={link.href} className="text-blue-700 hover:underline">
        {row.name} ({link.label})
      </Link>
    );
  }
  return (
    <ul className="space-y-1">
      {row.volumes.map((volume) => (
        <li
          key={`${volume.namespace}/${volume.name}`}
          data-testid="worklist-volume"
          data-volume={volumeKey(row.clusterName, volume)}
        >
          <span className="break-all">{volumeText(volume)}</span>{" "}
          {worklistVolumeLinks(row.clusterName, volume).map((link) => (
            <Link key={link.label} href={link.href} className="mr-2 text-blue-700 text-xs hover:underline">
              {link.label}
            </Link>
          ))}
        </li>
      ))}
    </ul>
  );
}

const COLUMNS: readonly Column<Row>[] = [
  {
    key: "money",
    header: "Per month",
    align: "right",
    testId: "worklist-money",
    sortValue: (row) => (row.monthlyValue === null ? null : dec(row.monthlyValue)),
    csvValue: (row) => row.monthlyValue,
    cell: (row) =>
      row.monthlyValue === null ? (
        <span className="text-amber-700">unpriced</span>
      ) : (
        formatMoney(row.monthlyValue, row.currency)
      ),
  },
  { key: "currency", header: "Currency", sortValue: (row) => row.currency, cell: (row) => row.currency },
  {
    key: "verdict",
    header: "Verdict",
    sortValue: (row) => `${row.verdict} ${ruleLabel(row)}`,
    csvValue: (row) => `${row.verdict}: ${ruleLabel(row)}`,
    cell: (row) => (
      <span>
        <span className={row.verdict === "waste" ? "font-medium text-red-700" : "font-medium text-blue-800"}>
          {row.verdict === "waste" ? "Waste" : "Recommendation"}
        </span>
        <span className="block text-slate-500 text-xs">{ruleLabel(row)}</span>
      </span>
    ),
  },
  { key: "cluster", header: "Cluster", sortValue: (row) => row.clusterName, cell: (row) => row.clusterName },
  {
    key: "volumes",
    header: "Volumes",
    sortValue: (row) => row.volumes.map(volumeText).join(" ") || row.name,
    cell: (row) => <Volumes row={row} />,
  },
  {
    key: "evidence",
    header: "Evidence",
    csvValue: (row) => row.evidence.map((e) => `${e.label}: ${e.value}`).join("; "),
    cell: (row) => (
      <dl className="space-y-1 text-xs" data-testid="worklist-evidence">
        {row.evidence.slice(0, 3).map((e) => (
          <div key={`${e.label}:${e.value}`}>
            <dt className="inline text-slate-500">{e.label}: </dt>
            <dd className="inline">{e.value}</dd>
          </div>
        ))}
      </dl>
    ),
  },
  { key: "action", header: "What to do", csvValue: (row) => row.summary, cell: (row) => row.summary },
];

/** The cleanup worklist: one row per thing to do, largest money first, each volume once. */
export function WorklistTable({ rows }: { rows: Row[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => `${row.verdict}:${row.subjectKey}`}
      label="Cleanup worklist"
      noun="item(s)"
      pageSize={25}
      csvFileName="cleanup-worklist.csv"
      empty="Nothing to clean up: no waste and no recommendation with money to save."
      testId="worklist-table"
      rowTestId={() => "worklist-row"}
    />
  );
}
