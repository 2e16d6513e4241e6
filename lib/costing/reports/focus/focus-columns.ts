// The FOCUS (FinOps Open Cost and Usage Specification) columns, version 1.3, as the specification
// defines them: https://focus.finops.org/focus-specification/v1-3/ (column definitions in
// github.com/FinOps-Open-Cost-and-Usage-Spec/FOCUS_Spec,
// specification/datasets/cost_and_usage/columns/*.md). 1.3 adds the split-cost-allocation columns
// (AllocatedMethodId, AllocatedMethodDetails, AllocatedResourceId/Name, AllocatedTags) and the
// provider columns ServiceProviderName and HostProviderName, which replace ProviderName and
// PublisherName (deprecated, still written). Each column's feature level, whether it allows nulls, its data type and, for enumerated
// columns, the allowed values. The export writes every Mandatory column and the Recommended and
// Conditional ones that apply to storage; a test validates every exported row against this list.
// Custom columns are allowed when prefixed x_ (FOCUS "Column Naming and Ordering").

export const FOCUS_VERSION = "1.3";
export const FOCUS_SPEC_URL = "https://focus.finops.org/focus-specification/v1-3/";

export type FocusDataType = "Decimal" | "String" | "DateTime" | "JSON";
export type FocusFeatureLevel = "Mandatory" | "Recommended" | "Conditional";

export interface FocusColumn {
  id: string;
  featureLevel: FocusFeatureLevel;
  allowsNulls: boolean;
  type: FocusDataType;
  allowedValues?: readonly string[];
  /** Currency columns: an ISO 4217 code. */
  currencyCode?: boolean;
}

const SERVICE_CATEGORIES = [
  "AI and Machine Learning",
  "Analytics",
  "Business Applications",
  "Compute",
  "Databases",
  "Developer Tools",
  "Multicloud",
  "Identity",
  "Integration",
  "Internet of Things",
  "Management and Governance",
  "Media",
  "Migration",
  "Mobile",
  "Networking",
  "Security",
  "Storage",
  "Web",
  "Other",
] as const;

/** The Storage subcategories (each has Storage as its one parent ServiceCategory). */
const STORAGE_SUBCATEGORIES = [
  "Backup Storage",
  "Block Storage",
  "File Storage",
  "Object Storage",
  "Storage Platforms",
  "Other (Storage)",
] as const;

const c = (
  id: string,
  featureLevel: FocusFeatureLevel,
  allowsNulls: boolean,
  type: FocusDataType,
  extra: Partial<FocusColumn> = {},
): FocusColumn => ({ id, featureLevel, allowsNulls, type, ...extra });

export const FOCUS_COLUMNS: readonly FocusColumn[] = [
  c("AllocatedMethodDetails", "Recommended", true, "JSON"),
  c("AllocatedMethodId", "Conditional", true, "String"),
  c("AllocatedResourceId", "Conditional", true, "String"),
  c("AllocatedResourceName", "Conditional", true, "String"),
  c("AllocatedTags", "Conditional", true, "JSON"),
  c("AvailabilityZone", "Recommended", true, "String"),
  c("BilledCost", "Mandatory", false, "Decimal"),
  c("BillingAccountId", "Mandatory", false, "String"),
  c("BillingAccountName", "Mandatory", true, "String"),
  c("BillingAccountType", "Conditional", false, "String"),
  c("BillingCurrency", "Mandatory", false, "String", { currencyCode: true }),
  c("BillingPeriodEnd", "Mandatory", false, "DateTime"),
  c("BillingPeriodStart", "Mandatory", false, "DateTime"),
  c("CapacityReservationId", "Conditional", true, "String"),
  c("CapacityReservationStatus", "Conditional", true, "String", { allowedValues: ["Used", "Unused"] }),
  c("ChargeCategory", "Mandatory", false, "String", {
    allowedValues: ["Usage", "Purchase", "Tax", "Credit", "Adjustment"],
  }),
  c("ChargeClass", "Mandatory", true, "String", { allowedValues: ["Correction"] }),
  c("ChargeDescription", "Mandatory", true, "String"),
  c("ChargeFrequency", "Recommended", false, "String", {
    allowedValues: ["One-Time", "Recurring", "Usage-Based"],
  }),
  c("ChargePeriodEnd", "Mandatory", false, "DateTime"),
  c("ChargePeriodStart", "Mandatory", false, "DateTime"),
  c("CommitmentDiscountCategory", "Conditional", true, "String", { allowedValues: ["Spend", "Usage"] }),
  c("CommitmentDiscountId", "Conditional", true, "String"),
  c("CommitmentDiscountName", "Conditional", true, "String"),
  c("CommitmentDiscountQuantity", "Conditional", true, "Decimal"),
  c("CommitmentDiscountStatus", "Conditional", true, "String", { allowedValues: ["Used", "Unused"] }),
  c("CommitmentDiscountType", "Conditional", true, "String"),
  c("CommitmentDiscountUnit", "Conditional", true, "String"),
  c("ConsumedQuantity", "Conditional", true, "Decimal"),
  c("ConsumedUnit", "Conditional", true, "String"),
  c("ContractedCost", "Mandatory", false, "Decimal"),
  c("ContractedUnitPrice", "Conditional", true, "Decimal"),
  c("EffectiveCost", "Mandatory", false, "Decimal"),
  c("HostProviderName", "Mandatory", false, "String"),
  c("InvoiceId", "Recommended", true, "String"),
  c("InvoiceIssuerName", "Mandatory", false, "String"),
  c("ListCost", "Mandatory", false, "Decimal"),
  c("ListUnitPrice", "Conditional", true, "Decimal"),
  c("PricingCategory", "Conditional", true, "String", {
    allowedValues: ["Standard", "Dynamic", "Committed", "Other"],
  }),
  c("PricingCurrency", "Conditional", false, "String", { currencyCode: true }),
  c("PricingCurrencyContractedUnitPrice", "Conditional", true, "Decimal"),
  c("PricingCurrencyEffectiveCost", "Conditional", true, "Decimal"),
  c("PricingCurrencyListUnitPrice", "Conditional", true, "Decimal"),
  c("PricingQuantity", "Mandatory", true, "Decimal"),
  c("PricingUnit", "Mandatory", true, "String"),
  c("ProviderName", "Mandatory", false, "String"),
  c("PublisherName", "Mandatory", false, "String"),
  c("RegionId", "Conditional", true, "String"),
  c("RegionName", "Conditional", true, "String"),
  c("ResourceId", "Conditional", true, "String"),
  c("ResourceName", "Conditional", true, "String"),
  c("ResourceType", "Conditional", true, "String"),
  c("ServiceCategory", "Mandatory", false, "String", { allowedValues: SERVICE_CATEGORIES }),
  c("ServiceName", "Mandatory", false, "String"),
  c("ServiceProviderName", "Mandatory", false, "String"),
  c("ServiceSubcategory", "Recommended", false, "String", { allowedValues: STORAGE_SUBCATEGORIES }),
  c("SkuId", "Conditional", true, "String"),
  c("SkuMeter", "Conditional", true, "String"),
  c("SkuPriceDetails", "Conditional", true, "JSON"),
  c("SkuPriceId", "Conditional", true, "String"),
  c("SubAccountId", "Conditional", true, "String"),
  c("SubAccountName", "Conditional", true, "String"),
  c("SubAccountType", "Conditional", true, "String"),
  c("Tags", "Conditional", true, "JSON"),
];
