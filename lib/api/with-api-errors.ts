import { ZodError } from "zod";
import { describeDatabaseError } from "../db/describe-database-error";
import { ServiceError } from "../services/service-errors";
import { errorResponse } from "./api-error-response";
import { type BodyRules, boundBody, refuseMalformedRequest } from "./refuse-malformed-request";

export { errorResponse } from "./api-error-response";

/**
 * Maps known errors to their status once, for every route that wraps its handler: invalid input
 * (zod, or a reference to something that does not exist) → 422, a missing resource → 404, and every
 * ServiceError to its own status; database errors by what the request did (a NUL byte, a number
 * out of range, an id that is no UUID). Nothing else leaves as a stack or SQL.
 */
export function withApiErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
  bodyRules: BodyRules = {},
) {
  return async (...args: Args): Promise<Response> => {
    try {
      // Next.js passes the request first, also to a handler that declares no parameters.
      const request: unknown = (args as unknown[])[0];
      if (request instanceof Request) {
        const refusal = refuseMalformedRequest(request, bodyRules);
        if (refusal) return errorResponse(refusal.status, refusal.code, refusal.message);
        const bounded = bodyRules.ownBody ? request : await boundBody(request);
        if (!(bounded instanceof Request))
          return errorResponse(bounded.status, bounded.code, bounded.message);
        if (bounded !== request) (args as unknown[])[0] = bounded;
      }
      return await handler(...args);
    } catch (error) {
      if (error instanceof ZodError) {
        const issue = error.issues[0];
        if (issue?.code === "unrecognized_keys") {
          return errorResponse(422, "unknown_parameter", `unknown field "${issue.keys[0]}"`);
        }
        return errorResponse(422, "invalid_input", `${issue?.path.join(".") || "input"}: ${issue?.message}`);
      }
      if (error instanceof ServiceError) {
        return errorResponse(error.status, error.code, error.message, error.details);
      }
      if (error instanceof SyntaxError)
        return errorResponse(422, "invalid_json", "The request body is not JSON");
      const database = describeDatabaseError(error);
      if (database && database.status !== 500) {
        return errorResponse(database.status, database.code, database.message);
      }
      // Anything else is ours to fix: logged whole here, told as one line there (no stack, no SQL).
      console.error(error);
      return errorResponse(500, "internal_error", "Something went wrong on our side; it has been logged");
    }
  };
}
