import { errorResponse, withApiErrors } from "@/lib/api/with-api-errors";
import { DigestInputError, DigestNotFoundError } from "@/lib/queries/digests/digest-errors";

/** withApiErrors plus the digest errors: an input naming nothing → 422, a missing digest → 404. */
export function withDigestErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return withApiErrors(async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof DigestInputError) return errorResponse(422, "invalid_input", error.message);
      if (error instanceof DigestNotFoundError) return errorResponse(404, "not_found", error.message);
      throw error;
    }
  });
}

export type IdContext = { params: Promise<{ id: string }> };
