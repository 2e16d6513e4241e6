import { ZodError } from "zod";
import { PriceOverrideInputError } from "../queries/pricing/create-price-override";
import { PriceOverrideNotFoundError } from "../queries/pricing/delete-price-override";
import { ServiceError } from "../services/service-errors";
import { errorResponse } from "./api-error-response";

export { errorResponse } from "./api-error-response";

/**
 * Maps known errors to their status once, for every route that wraps its handler: invalid input
 * (zod, or a reference to something that does not exist) → 422, a missing resource → 404, and every
 * ServiceError to its own status.
 */
export function withApiErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ZodError) {
        const issue = error.issues[0];
        return errorResponse(422, "invalid_input", `${issue?.path.join(".") || "input"}: ${issue?.message}`);
      }
      if (error instanceof ServiceError) return errorResponse(error.status, error.code, error.message);
      if (error instanceof SyntaxError)
        return errorResponse(422, "invalid_json", "The request body is not JSON");
      if (error instanceof PriceOverrideInputError) return errorResponse(422, "invalid_input", error.message);
      if (error instanceof PriceOverrideNotFoundError) return errorResponse(404, "not_found", error.message);
      throw error;
    }
  };
}
