import { ZUpdateSettings } from "../../services/settings/settings-params";
import type { PathHelpers } from "./budget-paths";

// The /api/v1/settings path (docs/configuration.md). The SMTP password is accepted, never returned.

const jsonObject = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});

export function settingsPaths({ operation, errors }: PathHelpers) {
  return {
    "/api/v1/settings": {
      get: operation({
        id: "getSettings",
        tag: "Settings",
        summary: "Every settings group with the value in force and its default, and the display currency",
        description:
          "Thresholds (waste, recommendations, GPU idle, anomalies), namespace ownership labels and, for admins, " +
          "email delivery. Secrets are never returned.",
        responses: { "200": jsonObject("The settings"), ...errors },
      }),
      patch: operation({
        id: "updateSettings",
        tag: "Settings",
        summary: "Change fields of one settings group (admin; recorded in the audit log before and after)",
        description:
          'key is the group ("waste.thresholds"); values maps a field to its new value, or null for the default. ' +
          "A bad field is refused by its full name and nothing is written.",
        requestBody: ZUpdateSettings,
        responses: { "200": jsonObject("The group as it now stands"), ...errors },
      }),
    },
  };
}
