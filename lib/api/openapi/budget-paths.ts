import type { z } from "zod";
import { ZAnomaliesQuery } from "../../services/anomalies/anomaly-params";
import { ZBudgetInput, ZBudgetPatch } from "../../services/budgets/budget-params";
import { ZForecastQuery } from "../../services/forecasts/forecast-params";

// The /api/v1/forecast, /api/v1/anomalies and /api/v1/budgets paths, built with the document's
// helpers. Their answers are described in the README ("Forecasts", "Anomalies", "Budgets").

export interface PathHelpers {
  operation(input: {
    id: string;
    tag: string;
    summary: string;
    description?: string;
    parameters?: unknown[];
    requestBody?: z.ZodType;
    responses: Record<string, unknown>;
  }): unknown;
  queryParameters(schema: z.ZodType, descriptions?: Record<string, string>): unknown[];
  errors: Record<string, unknown>;
  errorsAnd404: Record<string, unknown>;
}

const jsonObject = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

export function budgetPaths({ operation, queryParameters, errors, errorsAnd404 }: PathHelpers) {
  return {
    "/api/v1/forecast": {
      get: operation({
        id: "getForecast",
        tag: "budgets",
        summary: "Month-end and next-month forecast per group, with an 80 % prediction interval",
        description:
          "Unpriced resources add nothing and are counted; a wholly unpriced group's forecast is null.",
        parameters: queryParameters(ZForecastQuery),
        responses: { "200": jsonObject("The forecast of each group in the reader's scope"), ...errors },
      }),
    },
    "/api/v1/anomalies": {
      get: operation({
        id: "listAnomalies",
        tag: "budgets",
        summary: "Daily cost anomalies and storage-aware detectors over a window, with their drivers",
        parameters: queryParameters(ZAnomaliesQuery),
        responses: { "200": jsonObject("The anomalies in the reader's scope"), ...errors },
      }),
    },
    "/api/v1/budgets": {
      get: operation({
        id: "listBudgets",
        tag: "budgets",
        summary: "Budgets in scope with this month's spend, forecast, thresholds crossed and burn-down",
        responses: { "200": jsonObject("The budgets") },
      }),
      post: operation({
        id: "createBudget",
        tag: "budgets",
        summary: "Create a budget (admin or finance; recorded in the audit log)",
        requestBody: ZBudgetInput,
        responses: { "201": jsonObject("Created"), ...errors },
      }),
    },
    "/api/v1/budgets/{id}": {
      patch: operation({
        id: "updateBudget",
        tag: "budgets",
        summary: "Change a budget's name, amount, currency or thresholds (admin or finance)",
        parameters: [idParameter],
        requestBody: ZBudgetPatch,
        responses: { "200": jsonObject("The budget"), ...errorsAnd404 },
      }),
      delete: operation({
        id: "deleteBudget",
        tag: "budgets",
        summary: "Delete a budget (admin or finance)",
        parameters: [idParameter],
        responses: { "204": { description: "Deleted" }, ...errorsAnd404 },
      }),
    },
  };
}
