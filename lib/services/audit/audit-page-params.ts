import type { TAuditQuery } from "@/lib/services/audit/list-audit-events";

/** The audit page's filters, as they stand in its address. */
export const AUDIT_FILTERS = ["targetType", "actor", "from", "to"] as const;

/** The audit query an address asks for: its filters and page, nothing else, as the API takes them. */
export function auditParamsOf(search: Record<string, string | string[] | undefined>): TAuditQuery {
  const params: Record<string, string> = {};
  for (const key of [...AUDIT_FILTERS, "page"]) {
    const value = search[key];
    if (typeof value === "string" && value !== "") params[key] = value;
  }
  return params;
}
