import type { PathHelpers } from "./budget-paths";

// The /api/v1/worklist path: the cleanup worklist (docs/pages.md).

export function worklistPaths({ operation, errors }: PathHelpers) {
  return {
    "/api/v1/worklist": {
      get: operation({
        id: "getCleanupWorklist",
        tag: "Waste",
        summary:
          "Waste and recommendations as one list, one verdict per volume (waste wins), ranked by money",
        description:
          "Totals per currency add each volume once: waste in full, recommendations only on volumes that are not waste.",
        responses: {
          "200": {
            description: "The worklist in the reader's scope",
            content: { "application/json": { schema: { type: "object" } } },
          },
          ...errors,
        },
      }),
    },
  };
}
