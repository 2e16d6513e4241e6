// JSON Schemas of the reports API's responses (the chargeback report and the months it covers).

type Schema = Record<string, unknown>;

const string: Schema = { type: "string" };
const nullableString: Schema = { type: ["string", "null"] };
const integer: Schema = { type: "integer" };
const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
});
const array = (items: Schema): Schema => ({ type: "array", items });
const reportMoney = object(
  {
    exact: { type: "string", pattern: "^-?\\d+(\\.\\d+)?$" },
    cents: { type: "string", pattern: "^-?\\d+\\.\\d{2}$" },
  },
  "An amount exact as stored, and in cents allocated so that the report's parts add up to its totals.",
);
const figures = {
  volumes: reportMoney,
  snapshots: reportMoney,
  total: reportMoney,
  estimated: string,
  unpricedResourceDays: integer,
};
const namespace = object({
  clusterName: string,
  namespace: nullableString,
  likelyOwnerTeam: nullableString,
  ...figures,
});

export const REPORT_SCHEMAS: Record<string, Schema> = {
  ChargebackReport: object(
    {
      month: string,
      window: object({ from: string, to: string }),
      by: { type: "string", enum: ["team", "cost-centre"] },
      currency: string,
      status: { type: "string", enum: ["closed", "preliminary"] },
      closedAt: nullableString,
      closedBy: nullableString,
      closedMonths: array({ $ref: "#/components/schemas/ClosedMonth" }),
      generatedAt: string,
      groups: array(
        object({
          key: string,
          name: string,
          kind: { type: "string", enum: ["group", "unassigned"] },
          namespaces: array(namespace),
          ...figures,
        }),
      ),
      allocated: object(figures),
      unallocated: object({ policy: string, owners: array(namespace), ...figures }),
      totals: object({ ...figures, allocated: reportMoney, unallocated: reportMoney }),
      reconciliation: object({
        fleetTotal: string,
        partsTotal: string,
        difference: string,
        reconciles: { type: "boolean" },
      }),
      otherCurrencies: array(object({ currency: string, total: string })),
    },
    "A month's chargeback by team or cost centre, by namespace within each, with unallocated costs apart.",
  ),
  ReportMonths: object(
    {
      items: array(
        object({
          month: string,
          closed: { type: "boolean" },
          closedAt: nullableString,
          closedBy: nullableString,
        }),
      ),
    },
    "Every month from the first day of cost facts to the last and every closed month, newest first.",
  ),
};
