import { Dec } from "../../../pricing/decimal";
import { FOCUS_COLUMNS, type FocusColumn } from "./focus-columns";

// Checks a FOCUS dataset, as text fields by column id (CSV: an empty field is null), against the
// column list of the specification: presence of Mandatory columns, names, data types, nullability,
// allowed values, and the rules between columns that a storage export can break.

const BY_ID = new Map(FOCUS_COLUMNS.map((c) => [c.id, c]));
const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * How far a unit price × PricingQuantity may be from its cost (FOCUS: the product "MUST produce the
 * ListCost", and likewise ContractedCost): they must agree to the cent, i.e. differ by less than
 * half a cent. The only honest difference is rounding in the stored facts: hours are kept to 4
 * decimal places (±0.00005 h per piece of a day) while the cost was computed on exact hours, which
 * moves a component priced at $M a month by at most M × 0.00005 ÷ 672 h ≈ M × 7.4e-8 per piece:
 * under half a cent up to $67,000 a month (the demo fleet's largest is 1.1e-5). Quantities (6
 * places) and the export's 10-place prices and quantities add far less. A baseline or size step
 * left in the quantity, or a price in another currency, misses by much more on any real volume.
 */
export const UNIT_PRICE_TOLERANCE = new Dec("0.005");

/** ListUnitPrice × PricingQuantity = ListCost and ContractedUnitPrice × PricingQuantity = ContractedCost. */
function checkUnitPrices(row: Record<string, string>): string[] {
  const problems: string[] = [];
  const quantity = row.PricingQuantity ?? "";
  if (row.ChargeClass === "Correction" || !DECIMAL.test(quantity)) return problems;
  for (const [price, cost] of [
    ["ListUnitPrice", "ListCost"],
    ["ContractedUnitPrice", "ContractedCost"],
  ] as const) {
    const unitPrice = row[price] ?? "";
    const amount = row[cost] ?? "";
    if (!DECIMAL.test(unitPrice) || !DECIMAL.test(amount)) continue;
    const product = new Dec(unitPrice).times(quantity);
    if (product.minus(amount).abs().gte(UNIT_PRICE_TOLERANCE))
      problems.push(
        `${cost}: ${amount}, but ${price} × PricingQuantity = ${unitPrice} × ${quantity} = ${product.toFixed()}`,
      );
  }
  return problems;
}

/** Problems with a header: Mandatory columns missing, unknown columns without the x_ prefix. */
export function validateFocusHeader(header: string[]): string[] {
  const problems = FOCUS_COLUMNS.filter((c) => c.featureLevel === "Mandatory" && !header.includes(c.id)).map(
    (c) => `${c.id}: a Mandatory column is missing`,
  );
  for (const id of header) {
    if (!BY_ID.has(id) && !/^x_[A-Za-z0-9]+$/.test(id)) {
      problems.push(`${id}: not a FOCUS column, and custom columns must start with x_`);
    }
  }
  return problems;
}

function checkValue(column: FocusColumn, value: string): string | null {
  if (value === "") return column.allowsNulls ? null : `${column.id}: null, but the column allows no nulls`;
  switch (column.type) {
    case "Decimal":
      if (!DECIMAL.test(value)) return `${column.id}: "${value}" is not a decimal`;
      break;
    case "DateTime":
      if (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))
        return `${column.id}: "${value}" is not an ISO 8601 UTC date-time (YYYY-MM-DDTHH:mm:ssZ)`;
      break;
    case "JSON": {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        return `${column.id}: not JSON`;
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        return `${column.id}: not a JSON object`;
      break;
    }
    case "String":
      break;
  }
  if (column.currencyCode && !/^[A-Z]{3}$/.test(value))
    return `${column.id}: "${value}" is not an ISO 4217 code`;
  if (column.allowedValues && !column.allowedValues.includes(value))
    return `${column.id}: "${value}" is not one of ${column.allowedValues.join(", ")}`;
  return null;
}

function parseJson(value: string | undefined): unknown {
  try {
    return value ? JSON.parse(value) : null;
  } catch {
    return null;
  }
}

/**
 * FOCUS 1.3 split cost allocation: an allocated charge names its method; AllocatedResourceName is
 * null exactly when AllocatedResourceId is; AllocatedMethodDetails is {"Elements": [...]}, each
 * element's AllocatedRatio a number from 0 to 1 and a UsageUnit beside any UsageQuantity;
 * AllocatedTags repeat no key of Tags.
 */
function checkAllocation(row: Record<string, string>): string[] {
  const problems: string[] = [];
  if (Boolean(row.AllocatedResourceId) !== Boolean(row.AllocatedResourceName))
    problems.push("AllocatedResourceName: null exactly when AllocatedResourceId is null");
  if ((row.AllocatedResourceId || row.AllocatedMethodDetails) && !row.AllocatedMethodId)
    problems.push("AllocatedMethodId: null on an allocated charge");
  const details = parseJson(row.AllocatedMethodDetails) as { Elements?: unknown } | null;
  if (row.AllocatedMethodDetails) {
    const elements = Array.isArray(details?.Elements)
      ? (details.Elements as Record<string, unknown>[])
      : null;
    if (!elements || elements.length === 0)
      problems.push("AllocatedMethodDetails: Elements is not a non-empty array");
    for (const element of elements ?? []) {
      const ratio = element.AllocatedRatio;
      if (typeof ratio !== "number" || ratio < 0 || ratio > 1)
        problems.push("AllocatedMethodDetails: AllocatedRatio is not a number from 0 to 1");
      if ("UsageQuantity" in element && typeof element.UsageUnit !== "string")
        problems.push("AllocatedMethodDetails: UsageQuantity without a UsageUnit");
    }
  }
  const tags = parseJson(row.Tags) as Record<string, unknown> | null;
  const allocatedTags = parseJson(row.AllocatedTags) as Record<string, unknown> | null;
  for (const key of Object.keys(allocatedTags ?? {}))
    if (tags && key in tags) problems.push(`AllocatedTags: "${key}" is already in Tags`);
  return problems;
}

/** Problems with one row (fields by column id); an empty list means the row is valid. */
export function validateFocusRow(row: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [id, value] of Object.entries(row)) {
    const column = BY_ID.get(id);
    if (!column) continue;
    const problem = checkValue(column, value);
    if (problem) problems.push(problem);
  }
  const time = (id: string) => Date.parse(row[id] ?? "");
  if (!(time("ChargePeriodStart") < time("ChargePeriodEnd")))
    problems.push("ChargePeriodEnd: not after ChargePeriodStart");
  if (
    !(
      time("BillingPeriodStart") <= time("ChargePeriodStart") &&
      time("ChargePeriodEnd") <= time("BillingPeriodEnd")
    )
  )
    problems.push("ChargePeriodStart: the charge period is outside the billing period");
  if (row.ServiceSubcategory && row.ServiceCategory !== "Storage")
    problems.push(
      `ServiceSubcategory: "${row.ServiceSubcategory}" belongs to Storage, not ${row.ServiceCategory}`,
    );
  if (row.RegionId && !row.RegionName) problems.push("RegionName: null while RegionId is not");
  if (row.PricingQuantity && !row.PricingUnit)
    problems.push("PricingUnit: null while PricingQuantity is not");
  if (row.ChargeCategory === "Usage" && row.ChargeClass !== "Correction") {
    for (const id of ["ConsumedQuantity", "ListUnitPrice", "ContractedUnitPrice", "PricingQuantity"]) {
      if (id in row && !row[id]) problems.push(`${id}: null on a Usage row`);
    }
  }
  problems.push(...checkUnitPrices(row));
  problems.push(...checkAllocation(row));
  const tags = parseJson(row.Tags);
  if (tags && typeof tags === "object" && !Array.isArray(tags)) {
    for (const [key, value] of Object.entries(tags as Record<string, unknown>)) {
      if (typeof value !== "string") problems.push(`Tags: the value of "${key}" is not a string`);
    }
  }
  return problems;
}
